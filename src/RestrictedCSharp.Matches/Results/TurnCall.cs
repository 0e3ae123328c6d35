using System.Text.Json;
using System.Text.Json.Serialization;

namespace RestrictedCSharp.Matches.Results;

/// <summary>
/// One call of a bot as the replay's view of a turn shows it: the turn (counted from 1), what the bot was shown
/// (the game's one-line summary of its view) and what it answered (its move in words, or why there was none).
/// The ticks of the call are in <see cref="MatchReplay.TicksByTurn"/>, its log lines in <see cref="MatchReplay.Logs"/>.
/// </summary>
[JsonConverter(typeof(TurnCallConverter))]
public sealed record TurnCall(int Turn, string Saw, string Answered)
{
    /// <summary>Characters kept of a view's summary; the game's summary is one short line, the rest is cut.</summary>
    public const int MaxSawChars = 160;

    /// <summary>Characters kept of an answer (an illegal reply's or a failed call's reason is cut here).</summary>
    public const int MaxAnsweredChars = 120;
}

/// <summary>A call is a triple on the wire, <c>[turn, saw, answered]</c>: a replay holds one per bot and turn.</summary>
internal sealed class TurnCallConverter : JsonConverter<TurnCall>
{
    public override TurnCall Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray || !reader.Read() || !reader.TryGetInt32(out var turn)
            || !reader.Read() || reader.GetString() is not { } saw || !reader.Read() || reader.GetString() is not { } answered
            || !reader.Read() || reader.TokenType != JsonTokenType.EndArray)
            throw new JsonException("A call is [turn, saw, answered].");
        return new TurnCall(turn, saw, answered);
    }

    public override void Write(Utf8JsonWriter writer, TurnCall value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Turn);
        writer.WriteStringValue(value.Saw);
        writer.WriteStringValue(value.Answered);
        writer.WriteEndArray();
    }
}
