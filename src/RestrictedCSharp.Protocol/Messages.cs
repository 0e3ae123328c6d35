using System.Text.Json;

namespace RestrictedCSharp.Protocol;

/// <summary>Encodes and decodes messages; anything that is not a valid message is a <see cref="ProtocolException"/>.</summary>
public static class Messages
{
    public static byte[] Encode(Request request) =>
        JsonSerializer.SerializeToUtf8Bytes(request, ProtocolJsonContext.Default.Request);

    public static byte[] Encode(Reply reply) =>
        JsonSerializer.SerializeToUtf8Bytes(reply, ProtocolJsonContext.Default.Reply);

    public static Request DecodeRequest(ReadOnlySpan<byte> payload) =>
        CanonicalCallRequest.TryDecode(payload, out var call)
            ? call
            : Decode(payload, static p => JsonSerializer.Deserialize(p, ProtocolJsonContext.Default.Request));

    public static Reply DecodeReply(ReadOnlySpan<byte> payload) =>
        CanonicalCallResult.TryDecode(payload, out var result)
            ? result
            : Decode(payload, static p => JsonSerializer.Deserialize(p, ProtocolJsonContext.Default.Reply));

    public static JsonElement ToJson(LoadedBot loaded) =>
        JsonSerializer.SerializeToElement(loaded, ProtocolJsonContext.Default.LoadedBot);

    public static LoadedBot? LoadedBotFrom(JsonElement value)
    {
        try
        {
            return value.Deserialize(ProtocolJsonContext.Default.LoadedBot);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string ToJson(CallResult result) =>
        JsonSerializer.Serialize(result, ProtocolJsonContext.Default.CallResult);

    // The decoders run on untrusted bytes: every way they can fail becomes a ProtocolException.
    private delegate T? Decoder<T>(ReadOnlySpan<byte> payload);

    private static T Decode<T>(ReadOnlySpan<byte> payload, Decoder<T> decode) where T : class
    {
        try
        {
            return decode(payload) ?? throw new ProtocolException("The message is JSON null.");
        }
        catch (JsonException e)
        {
            throw new ProtocolException($"The message is not valid: {e.Message}", e);
        }
        catch (NotSupportedException e)
        {
            throw new ProtocolException($"The message is not valid: {e.Message}", e);
        }
        catch (ArgumentException e)
        {
            throw new ProtocolException($"The message is not valid: {e.Message}", e);
        }
        catch (InvalidOperationException e)
        {
            throw new ProtocolException($"The message is not valid: {e.Message}", e);
        }
    }
}
