using System.Text.Json;
using System.Text.Json.Serialization;

namespace RestrictedCSharp.Hosting;

/// <summary>A <see cref="CallRecord"/> in the shape of its JSON line, members in the order they are written.</summary>
/// <param name="Stack">The bot's frames of an exception; left out when there are none.</param>
internal sealed record CallLine(
    int Call,
    string Outcome,
    JsonElement? Value,
    long Ticks,
    long AllocatedBytes,
    double WallMs,
    string? Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Stack);

/// <summary>Source-generated serializers for what the host writes: camelCase, compact, nulls written.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(CallLine))]
internal sealed partial class HostingJsonContext : JsonSerializerContext;
