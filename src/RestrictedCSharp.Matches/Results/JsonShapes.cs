using System.Text.Json;
using System.Text.Json.Serialization;

namespace RestrictedCSharp.Matches.Results;

/// <summary>JSON text made elsewhere (the game's replay part), written into a document as it is, after validation.</summary>
[JsonConverter(typeof(RawJsonConverter))]
internal readonly record struct RawJson(string Text);

internal sealed class RawJsonConverter : JsonConverter<RawJson>
{
    public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new RawJson(document.RootElement.GetRawText());
    }

    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Text, skipInputValidation: false);
}

/// <summary>A log line is a pair on the wire, <c>[turn, text]</c>: replays hold many, and the names would double their size.</summary>
internal sealed class LogLineConverter : JsonConverter<LogLine>
{
    public override LogLine Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray || !reader.Read() || !reader.TryGetInt32(out var turn) || !reader.Read())
            throw new JsonException("A log line is [turn, text].");
        var text = reader.GetString() ?? throw new JsonException("A log line's text is a string.");
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray) throw new JsonException("A log line is [turn, text].");
        return new LogLine(turn, text);
    }

    public override void Write(Utf8JsonWriter writer, LogLine value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Turn);
        writer.WriteStringValue(value.Text);
        writer.WriteEndArray();
    }
}
