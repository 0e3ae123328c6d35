using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace RestrictedCSharp.Protocol;

/// <summary>
/// A decoder for the request of every call, in exactly the shape the host writes it: method, arguments,
/// budgets (null or all three), in declaration order. One pass of a reader instead of the general decoder's
/// metadata walk, in the runner, on the path of every call. Anything else it leaves to the general decoder,
/// which accepts or refuses it: what this accepts, the general decoder decodes the same (a test compares
/// them on mutated messages).
/// </summary>
internal static class CanonicalCallRequest
{
    public static bool TryDecode(ReadOnlySpan<byte> payload, [NotNullWhen(true)] out CallRequest? request)
    {
        request = null;
        try
        {
            var reader = new Utf8JsonReader(payload);
            if (!reader.Next(JsonTokenType.StartObject)
                || !reader.Member("type"u8, JsonTokenType.String) || !reader.ValueTextEquals("call"u8)
                || !reader.Member("method"u8, JsonTokenType.String))
                return false;
            var method = reader.GetString()!;

            if (!reader.Member("arguments"u8, JsonTokenType.StartArray)) return false;
            var arguments = new List<JsonElement>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                arguments.Add(JsonElement.ParseValue(ref reader));

            if (!reader.Member("budgets"u8, JsonTokenType.Null, JsonTokenType.StartObject)) return false;
            CallBudgets? budgets = null;
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                if (!reader.Member("ticks"u8, JsonTokenType.Number) || !reader.TryGetInt64(out var ticks)
                    || !reader.Member("callDepth"u8, JsonTokenType.Number) || !reader.TryGetInt32(out var callDepth)
                    || !reader.Member("allocatedBytes"u8, JsonTokenType.Number) || !reader.TryGetInt64(out var allocated)
                    || !reader.Next(JsonTokenType.EndObject))
                    return false;
                budgets = new CallBudgets(ticks, callDepth, allocated);
            }
            if (!reader.End()) return false;

            request = new CallRequest(method, [.. arguments], budgets);
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return false; // the general decoder says what is wrong
        }
    }
}
