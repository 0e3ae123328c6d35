// expect: RCX0001
// Tries: reads the wall clock with DateTime.UtcNow.
using System;

public sealed class Bot
{
    public int Act() => DateTime.UtcNow.Millisecond;
}
