// expect: RCX0401
// Tries: Int128.GetHashCode, which (unlike long's) goes through the per-process HashCode seed.
using System;

public sealed class Bot
{
    public int Act(long turn) => ((Int128)turn * 3).GetHashCode() & 3;
}
