using System.Text.Json;

namespace RestrictedCSharp.Arena;

/// <summary>The arena's JSON conventions (camelCase, as the API speaks).</summary>
public static class ArenaJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
