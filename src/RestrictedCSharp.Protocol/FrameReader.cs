using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace RestrictedCSharp.Protocol;

/// <summary>
/// Reads frames (see <see cref="Frames"/>) from one stream through a buffer, so that a small frame costs one
/// read call rather than two (header, then payload). Keep one reader per stream for its whole life: the
/// buffer may hold the start of the next frame. A frame longer than <paramref name="maxPayloadBytes"/> is a
/// protocol error (<see cref="Frames.MaxReplyBytes"/> for the host reading a runner,
/// <see cref="Frames.MaxRequestBytes"/> for a runner reading the host).
/// </summary>
public sealed class FrameReader(Stream stream, int maxPayloadBytes = Frames.MaxReplyBytes)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    private int Buffered => _end - _start;

    /// <summary>The next frame's payload, or null at a clean end of stream (between frames).</summary>
    /// <exception cref="ProtocolException">The length is out of bounds, or the stream ends inside a frame.</exception>
    public RentedFrame? Read()
    {
        while (Buffered < Frames.HeaderBytes)
            if (!Fill()) return EndOfStream();
        var length = TakeLength();
        var payload = FrameBuffers.Rent(length);
        var copied = TakeBuffered(payload, length);
        while (copied < length)
        {
            var n = stream.Read(payload, copied, length - copied);
            if (n == 0) throw Truncated(payload, copied, length);
            copied += n;
        }
        return new RentedFrame(payload, length);
    }

    /// <inheritdoc cref="Read"/>
    public async ValueTask<RentedFrame?> ReadAsync(CancellationToken cancellationToken = default)
    {
        while (Buffered < Frames.HeaderBytes)
            if (!await FillAsync(cancellationToken).ConfigureAwait(false)) return EndOfStream();
        var length = TakeLength();
        var payload = FrameBuffers.Rent(length);
        var copied = TakeBuffered(payload, length);
        while (copied < length)
        {
            int n;
            try
            {
                n = await stream.ReadAsync(payload.AsMemory(copied, length - copied), cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                FrameBuffers.Return(payload);
                throw;
            }
            if (n == 0) throw Truncated(payload, copied, length);
            copied += n;
        }
        return new RentedFrame(payload, length);
    }

    /// <summary>
    /// Takes the next frame if the buffer already holds all of it, without reading the stream: for a caller
    /// that must not wait on a peer that may never finish a frame.
    /// </summary>
    /// <exception cref="ProtocolException">The buffered header announces a length out of bounds.</exception>
    public bool TryTakeBuffered([NotNullWhen(true)] out RentedFrame? frame)
    {
        frame = null;
        if (Buffered < Frames.HeaderBytes) return false;
        var length = BinaryPrimitives.ReadInt32LittleEndian(_buffer.AsSpan(_start));
        if (length >= 0 && length <= maxPayloadBytes && Buffered - Frames.HeaderBytes < length) return false;
        length = TakeLength();
        var payload = FrameBuffers.Rent(length);
        TakeBuffered(payload, length);
        frame = new RentedFrame(payload, length);
        return true;
    }

    /// <summary>
    /// One read from the stream into the buffer, for a caller that knows bytes are waiting (otherwise it
    /// blocks like any read). False when nothing was read: the stream ended, or the buffer is full (a frame
    /// larger than the buffer: <see cref="Read"/> takes it).
    /// </summary>
    public bool FillOnce()
    {
        Compact();
        return _end < _buffer.Length && Fill();
    }

    private RentedFrame? EndOfStream() => Buffered == 0
        ? null
        : throw new ProtocolException($"The stream ended inside a frame header ({Buffered} of {Frames.HeaderBytes} bytes).");

    private int TakeLength()
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(_buffer.AsSpan(_start));
        if (length < 0 || length > maxPayloadBytes)
            throw new ProtocolException($"A frame announced {length} payload bytes; the limit is {maxPayloadBytes}.");
        _start += Frames.HeaderBytes;
        return length;
    }

    private int TakeBuffered(byte[] payload, int length)
    {
        var take = Math.Min(Buffered, length);
        _buffer.AsSpan(_start, take).CopyTo(payload);
        _start += take;
        return take;
    }

    private static ProtocolException Truncated(byte[] payload, int copied, int length)
    {
        FrameBuffers.Return(payload);
        return new ProtocolException($"The stream ended inside a frame ({copied} of {length} payload bytes).");
    }

    private void Compact()
    {
        if (_start == 0) return;
        _buffer.AsSpan(_start, Buffered).CopyTo(_buffer);
        _end = Buffered;
        _start = 0;
    }

    private bool Fill()
    {
        Compact();
        var n = stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += n;
        return n > 0;
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        Compact();
        var n = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _end += n;
        return n > 0;
    }
}
