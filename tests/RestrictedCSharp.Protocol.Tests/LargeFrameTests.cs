using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Protocol.Tests;

/// <summary>
/// A load request carries the bot's and the game's assemblies (tens of MiB). Its buffer must not go back to the shared
/// pool, where it would stay for the runner's life and count against its memory ceiling while the bot plays; small
/// frames are pooled as before.
/// </summary>
public sealed class LargeFrameTests
{
    private static MemoryStream Framed(int length)
    {
        var bytes = new byte[Frames.HeaderBytes + length];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, length);
        return new MemoryStream(bytes);
    }

    [Theory]
    [InlineData(20 * 1024 * 1024, false)]
    [InlineData(2 * 1024 * 1024, false)]
    [InlineData(64 * 1024, true)]
    public async Task A_frame_buffer_goes_back_to_the_shared_pool_only_when_small(int length, bool pooled)
    {
        ReturnedToPool(new FrameReader(Framed(length), Frames.MaxRequestBytes).Read()!, length).Should().Be(pooled);
        ReturnedToPool((await new FrameReader(Framed(length), Frames.MaxRequestBytes).ReadAsync())!, length).Should().Be(pooled);
    }

    // The shared pool hands back, on the same thread, the array it was last given of that size.
    private static bool ReturnedToPool(RentedFrame frame, int length)
    {
        ref readonly var first = ref MemoryMarshal.GetReference(frame.Payload);
        frame.Dispose();
        var next = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            return Unsafe.AreSame(ref Unsafe.AsRef(in first), ref next[0]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(next);
        }
    }
}
