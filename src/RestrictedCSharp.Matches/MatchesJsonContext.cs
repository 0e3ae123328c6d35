using System.Text.Json.Serialization;
using RestrictedCSharp.Matches.Results;
using RestrictedCSharp.Matches.Tournaments;

namespace RestrictedCSharp.Matches;

/// <summary>
/// Source-generated serializers for every JSON a match or tournament writes: camelCase, members in declaration
/// order, nulls written. Indentation and escaping are the writer's (<see cref="MatchesJson"/>), so one context
/// serves the compact replay and the indented report alike.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(LogLineConverter)],
    // The results file is read back: a missing field or a null where none is allowed is not a game record.
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(MatchDocument))]
[JsonSerializable(typeof(GameRecord))]
[JsonSerializable(typeof(StandingsDocument))]
internal sealed partial class MatchesJsonContext : JsonSerializerContext;
