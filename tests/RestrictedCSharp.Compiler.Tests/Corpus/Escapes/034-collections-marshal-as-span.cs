// expect: RCX0001
// Tries: gets at a List<T>'s backing array with CollectionsMarshal.AsSpan.
using System.Collections.Generic;
using System.Runtime.InteropServices;

public sealed class Bot
{
    public int Act()
    {
        var list = new List<int> { 1, 2, 3 };
        return CollectionsMarshal.AsSpan(list).Length;
    }
}
