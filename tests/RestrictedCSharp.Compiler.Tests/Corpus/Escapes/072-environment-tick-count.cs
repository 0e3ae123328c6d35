// expect: RCX0001
// Tries: reads a clock through Environment.TickCount.
using System;

public sealed class Bot
{
    public int Act() => Environment.TickCount & 3;
}
