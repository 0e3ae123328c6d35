// expect: RCX0401
// Tries: StringComparer.Ordinal's hash code, Marvin-seeded per process like string.GetHashCode.
using System;

public sealed class Bot
{
    public int Act() => StringComparer.Ordinal.GetHashCode("north") & 3;
}
