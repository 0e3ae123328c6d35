using System.Text.Json.Serialization;

namespace RestrictedCSharp.Artifacts;

/// <summary>The manifest's JSON, source-generated: camelCase, indented, in the record's declaration order.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    // A missing field reads as null, which BotManifest.FromJson refuses with one stable message.
    WriteIndented = true)]
[JsonSerializable(typeof(BotManifest))]
internal sealed partial class ArtifactsJsonContext : JsonSerializerContext;
