using System.Text.Json.Serialization;

namespace RestrictedCSharp.Artifacts;

/// <summary>The manifest's JSON, source-generated: camelCase, indented, in the record's declaration order.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    // A manifest read back is operator input: a missing field or a null where none is allowed is not a manifest.
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(BotManifest))]
internal sealed partial class ArtifactsJsonContext : JsonSerializerContext;
