using System.Text.Json;

namespace RestrictedCSharp.Protocol;

/// <summary>
/// Steps for the decoders of the two messages of every call's round trip, which read a message only in the
/// exact shape its own side writes and leave anything else to the general decoder.
/// </summary>
internal static class CanonicalJson
{
    /// <summary>The next token is <paramref name="expected"/>.</summary>
    public static bool Next(this ref Utf8JsonReader reader, JsonTokenType expected) => reader.Read() && reader.TokenType == expected;

    /// <summary>The next member is <paramref name="name"/>, and its value starts with one of the expected tokens.</summary>
    public static bool Member(this ref Utf8JsonReader reader, ReadOnlySpan<byte> name, JsonTokenType expected,
        JsonTokenType orExpected = JsonTokenType.None) =>
        reader.Next(JsonTokenType.PropertyName) && reader.ValueTextEquals(name) && reader.Read()
        && (reader.TokenType == expected || reader.TokenType == orExpected);

    /// <summary>The reader is at the end of the message's object, and nothing but white space follows.</summary>
    public static bool End(this ref Utf8JsonReader reader) => reader.Next(JsonTokenType.EndObject) && !reader.Read();
}
