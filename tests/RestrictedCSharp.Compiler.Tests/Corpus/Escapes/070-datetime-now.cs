// expect: RCX0001
// Tries: reads the wall clock with DateTime.Now.
using System;

public sealed class Bot
{
    public long Act() => DateTime.Now.Ticks;
}
