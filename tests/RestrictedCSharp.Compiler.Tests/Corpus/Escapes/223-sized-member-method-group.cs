// expect: RCX0502
// Tries: a method group of an allocating library member: the call through the delegate skips the size guard (160 MB, outcome ok).
using System;

public sealed class Bot
{
    public int Act()
    {
        Func<int, string> pad = "".PadLeft;
        return pad(80_000_000).Length;
    }
}
