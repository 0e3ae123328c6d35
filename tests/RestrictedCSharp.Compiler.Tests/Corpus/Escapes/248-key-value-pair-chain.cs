// expect: RCX0511
// Tries: KeyValuePair.ToString prints its key and value: a chain of a million pairs overflows the stack.

using System.Collections.Generic;

public sealed class Bot
{
    public int Act()
    {
        object p = 0;
        for (var i = 0; i < 1_000_000; i++) p = new KeyValuePair<object, int>(p, i);
        return p.ToString()!.Length;
    }
}
