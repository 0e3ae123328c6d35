using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RestrictedCSharp.Protocol;

/// <summary>
/// Writes messages as frames (see <see cref="Frames"/>) to one stream: each message is serialized straight
/// after a reserved header in a buffer kept for the writer's life, so a message costs no byte array and no
/// copy. Not thread-safe: keep one writer per stream, used by one sender at a time. A message longer than
/// <paramref name="maxPayloadBytes"/> is not sent (the limit of the reader at the other end).
/// </summary>
public sealed class FrameWriter(Stream stream, int maxPayloadBytes = Frames.MaxReplyBytes)
{
    // A buffer grown by one huge message is not kept for the stream's whole life.
    private const int RetainedBytes = 1024 * 1024;

    private ArrayBufferWriter<byte> _buffer = new(4 * 1024);
    private Utf8JsonWriter? _json;

    /// <summary>Writes a request as one frame and flushes.</summary>
    /// <exception cref="ProtocolException">The message exceeds the writer's limit.</exception>
    public void Write(Request request) => Write(request, ProtocolJsonContext.Default.Request);

    /// <inheritdoc cref="Write(Request)"/>
    public void Write(Reply reply) => Write(reply, ProtocolJsonContext.Default.Reply);

    /// <summary>Writes a reply as one frame and flushes, unless its payload would exceed
    /// the writer's limit: then nothing is written and the result is false.</summary>
    public bool TryWrite(Reply reply) => TryWrite(reply, ProtocolJsonContext.Default.Reply);

    private void Write<T>(T message, JsonTypeInfo<T> typeInfo)
    {
        if (!TryWrite(message, typeInfo))
            throw new ProtocolException($"A {typeof(T).Name} exceeds the {maxPayloadBytes}-byte frame limit.");
    }

    private bool TryWrite<T>(T message, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            _buffer.ResetWrittenCount();
            _buffer.GetSpan(Frames.HeaderBytes);
            _buffer.Advance(Frames.HeaderBytes); // the header, written once the payload's length is known
            if (_json is null) _json = new Utf8JsonWriter(_buffer);
            else _json.Reset(_buffer);
            JsonSerializer.Serialize(_json, message, typeInfo);
            _json.Flush();

            var payloadLength = _buffer.WrittenCount - Frames.HeaderBytes;
            if (payloadLength > maxPayloadBytes) return false;
            var frame = MemoryMarshal.AsMemory(_buffer.WrittenMemory).Span;
            BinaryPrimitives.WriteInt32LittleEndian(frame, payloadLength);
            stream.Write(frame);
            stream.Flush();
            return true;
        }
        finally
        {
            if (_buffer.Capacity > RetainedBytes)
            {
                _buffer = new ArrayBufferWriter<byte>(4 * 1024);
                _json?.Dispose();
                _json = null;
            }
        }
    }
}
