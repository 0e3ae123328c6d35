// expect: RCX0001
// Tries: HashCode.Combine, seeded per process even for constant integers.
using System;

public sealed class Bot
{
    public int Act() => HashCode.Combine(1, 2) & 3;
}
