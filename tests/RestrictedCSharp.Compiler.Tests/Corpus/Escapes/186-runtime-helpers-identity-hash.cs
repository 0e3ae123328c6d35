// expect: RCX0001
// Tries: RuntimeHelpers.GetHashCode, the identity hash even of objects that override GetHashCode.
using System.Runtime.CompilerServices;

public sealed class Bot
{
    public int Act() => RuntimeHelpers.GetHashCode(new object()) & 3;
}
