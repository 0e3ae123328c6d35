namespace RestrictedCSharp.Compiler;

/// <summary>
/// A memory stream that refuses to grow past a limit: the write that would pass it throws, and
/// <see cref="Exceeded"/> says why the writer failed.
/// </summary>
internal sealed class SizeLimitedStream(long maxBytes) : MemoryStream
{
    public bool Exceeded { get; private set; }

    public override void Write(byte[] buffer, int offset, int count)
    {
        Reserve(count);
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Reserve(buffer.Length);
        base.Write(buffer);
    }

    public override void WriteByte(byte value)
    {
        Reserve(1);
        base.WriteByte(value);
    }

    public override void SetLength(long value)
    {
        Reserve(value - Position);
        base.SetLength(value);
    }

    private void Reserve(long count)
    {
        if (Position + count <= maxBytes) return;
        Exceeded = true;
        throw new IOException($"The output would pass {maxBytes} bytes.");
    }
}
