// expect: RCX0001
// Tries: uses an unseeded Random.
using System;

public sealed class Bot
{
    public int Act() => new Random().Next(4);
}
