using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RestrictedCSharp.Matches;

/// <summary>Writes a document with <see cref="MatchesJsonContext"/>'s serializers, compact or indented, with the default (strict) escaping.</summary>
internal static class MatchesJson
{
    public static string Write<T>(T document, JsonTypeInfo<T> typeInfo, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
            JsonSerializer.Serialize(json, document, typeInfo);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
