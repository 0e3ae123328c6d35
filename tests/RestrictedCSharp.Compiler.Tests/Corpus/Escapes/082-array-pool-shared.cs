// expect: RCX0001
// Tries: rents from the process-wide ArrayPool<T>.Shared.
using System.Buffers;

public sealed class Bot
{
    public int Act() => ArrayPool<int>.Shared.Rent(16).Length;
}
