// expect: RCX0001
// Tries: draws randomness from Guid.NewGuid.
using System;

public sealed class Bot
{
    public int Act() => Guid.NewGuid().GetHashCode() & 3;
}
