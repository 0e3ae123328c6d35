using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace RestrictedCSharp.Protocol;

/// <summary>
/// A decoder for the reply of every call, in exactly the shape the runner writes it: members in declaration
/// order, the outcome by its wire name, no stack frames. One pass of a reader, a fraction of the general
/// decoder's cost, which was the host's largest share of a small call. Anything else (another order, other
/// members, other spellings, a stack trace) it leaves to the general decoder, which accepts or refuses it:
/// what this accepts, the general decoder decodes the same (a test compares them on mutated messages).
/// </summary>
internal static class CanonicalCallResult
{
    public static bool TryDecode(ReadOnlySpan<byte> payload, [NotNullWhen(true)] out CallResultReply? reply)
    {
        reply = null;
        try
        {
            var reader = new Utf8JsonReader(payload);
            if (!reader.Next(JsonTokenType.StartObject)
                || !reader.Member("type"u8, JsonTokenType.String) || !reader.ValueTextEquals("result"u8)
                || !reader.Member("result"u8, JsonTokenType.StartObject)
                || !reader.Member("outcome"u8, JsonTokenType.String) || Outcome(ref reader) is not { } outcome
                || !reader.Next(JsonTokenType.PropertyName))
                return false;

            JsonElement? value = null;
            if (reader.ValueTextEquals("value"u8))
            {
                if (!reader.Read()) return false;
                value = JsonElement.ParseValue(ref reader);
                if (!reader.Next(JsonTokenType.PropertyName)) return false;
            }
            if (!reader.ValueTextEquals("ticks"u8) || !reader.Next(JsonTokenType.Number) || !reader.TryGetInt64(out var ticks)
                || !reader.Member("allocatedBytes"u8, JsonTokenType.Number) || !reader.TryGetInt64(out var allocated)
                || !reader.Member("wallMs"u8, JsonTokenType.Number) || !reader.TryGetDouble(out var wallMs)
                || !reader.Read())
                return false;

            string? message = null;
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                if (!reader.ValueTextEquals("message"u8) || !reader.Next(JsonTokenType.String)) return false;
                message = reader.GetString();
                if (!reader.Read()) return false;
            }
            if (reader.TokenType != JsonTokenType.EndObject
                || !reader.Member("runnerExits"u8, JsonTokenType.True, JsonTokenType.False))
                return false;
            var runnerExits = reader.GetBoolean();
            if (!reader.End()) return false;

            var result = new CallResult
            {
                Outcome = outcome, Value = value, Ticks = ticks, AllocatedBytes = allocated, WallMs = wallMs, Message = message,
            };
            reply = new CallResultReply(result, runnerExits);
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return false; // the general decoder says what is wrong
        }
    }

    private static CallOutcome? Outcome(ref Utf8JsonReader reader)
    {
        foreach (var outcome in Outcomes)
            if (reader.ValueTextEquals(outcome.Name)) return outcome.Value;
        return null;
    }

    private static readonly (byte[] Name, CallOutcome Value)[] Outcomes =
        Enum.GetValues<CallOutcome>().Select(o => (System.Text.Encoding.UTF8.GetBytes(o.ToWireName()), o)).ToArray();
}
