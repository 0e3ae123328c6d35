// expect: RCX0001
// Tries: reinterprets a span's memory with MemoryMarshal.Cast.
using System;
using System.Runtime.InteropServices;

public sealed class Bot
{
    public int Act()
    {
        Span<long> words = new long[4];
        return MemoryMarshal.Cast<long, byte>(words).Length;
    }
}
