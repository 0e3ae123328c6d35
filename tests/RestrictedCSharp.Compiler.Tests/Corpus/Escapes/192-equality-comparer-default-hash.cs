// expect: RCX0401
// Tries: EqualityComparer<string>.Default's hash code, the same per-process string hash by another door.
using System.Collections.Generic;

public sealed class Bot
{
    public int Act() => EqualityComparer<string>.Default.GetHashCode("north") & 3;
}
