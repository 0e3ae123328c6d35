// expect: RCX0511
// Tries: the same DAG with System.Tuple, whose Equals forwards to its items.

using System;

public sealed class Bot
{
    public int Act()
    {
        object a = 0;
        for (var i = 0; i < 64; i++) a = Tuple.Create(a, a);
        return a.GetHashCode();
    }
}
