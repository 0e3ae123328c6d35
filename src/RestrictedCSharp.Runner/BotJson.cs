using System.Text.Json;
using System.Text.Json.Serialization;

namespace RestrictedCSharp.Runner;

/// <summary>
/// How bot arguments and results map to JSON: web conventions (camelCase, case-insensitive reading),
/// public fields too (so tuples and plain structs carry data), NaN and infinities as strings rather
/// than a failed call, and a nesting limit.
/// </summary>
internal static class BotJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        IncludeFields = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.AllowNamedFloatingPointLiterals,
        MaxDepth = 64,
    };
}
