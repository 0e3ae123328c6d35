using System.Buffers;

namespace RestrictedCSharp.Protocol;

/// <summary>
/// Where frame buffers come from. Small frames (calls, results) come from the shared pool, so a match does not allocate
/// per turn. A large one (a load request carries the bot's and the game's assemblies, tens of MiB in base64) is
/// allocated and left to the collector: returned to the shared pool it would stay there for the process's life, counted
/// against a runner's memory ceiling while the bot plays.
/// </summary>
internal static class FrameBuffers
{
    /// <summary>The largest buffer that is pooled.</summary>
    public const int MaxPooledBytes = 1024 * 1024;

    public static byte[] Rent(int length) =>
        length > MaxPooledBytes ? GC.AllocateUninitializedArray<byte>(length) : ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));

    public static void Return(byte[] buffer)
    {
        if (buffer.Length <= MaxPooledBytes)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
