// expect: RCX0104
// Tries: allocates on the stack with stackalloc.
using System;

public sealed class Bot
{
    public int Act()
    {
        Span<int> scratch = stackalloc int[1 << 20];
        return scratch.Length;
    }
}
