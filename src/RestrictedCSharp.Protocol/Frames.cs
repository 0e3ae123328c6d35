using System.Buffers.Binary;

namespace RestrictedCSharp.Protocol;

/// <summary>
/// The framing of the pipe: a 4-byte little-endian payload length, then the payload. A length above the
/// reader's limit (or negative) and a stream that ends inside a frame are protocol errors;
/// a stream that ends exactly between frames is a clean end. Messages are written with a <see cref="FrameWriter"/>
/// and read with a <see cref="FrameReader"/>.
/// </summary>
public static class Frames
{
    /// <summary>
    /// The largest reply a runner sends and the host accepts: the bound on what a bot's process can make the host
    /// read (results are bounded further by <see cref="BotText"/>).
    /// </summary>
    public const int MaxReplyBytes = 16 * 1024 * 1024;

    /// <summary>
    /// The largest request the host sends and a runner accepts. A load carries the bot's assembly (up to the
    /// rules' <c>assembly-bytes</c>, 16 MiB in the <c>bots</c> preset) and the game's, in base64: 64 MiB holds
    /// that with room to spare. The host is the trusted side, so this bounds only its own mistakes.
    /// </summary>
    public const int MaxRequestBytes = 64 * 1024 * 1024;

    public const int HeaderBytes = 4;

    /// <summary>Writes header and payload with one write call and flushes.</summary>
    public static void Write(Stream stream, ReadOnlySpan<byte> payload)
    {
        var frame = Compose(payload, out var length);
        try
        {
            stream.Write(frame, 0, length);
            stream.Flush();
        }
        finally
        {
            FrameBuffers.Return(frame);
        }
    }

    private static byte[] Compose(ReadOnlySpan<byte> payload, out int length)
    {
        if (payload.Length > MaxReplyBytes)
            throw new ProtocolException($"A {payload.Length}-byte payload exceeds the {MaxReplyBytes}-byte frame limit.");
        length = HeaderBytes + payload.Length;
        var frame = FrameBuffers.Rent(length);
        BinaryPrimitives.WriteInt32LittleEndian(frame, payload.Length);
        payload.CopyTo(frame.AsSpan(HeaderBytes));
        return frame;
    }
}

/// <summary>A frame's payload in a buffer rented from the shared pool; dispose to return it.</summary>
public sealed class RentedFrame(byte[] buffer, int length) : IDisposable
{
    private byte[]? _buffer = buffer;

    public ReadOnlySpan<byte> Payload => (_buffer ?? throw new ObjectDisposedException(nameof(RentedFrame))).AsSpan(0, length);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } b) FrameBuffers.Return(b);
    }
}
