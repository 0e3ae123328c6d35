// expect: RCX0511
// Tries: Lazy.ToString prints its value: a chain of Lazy<object> recurses past the stack.

using System;

public sealed class Bot
{
    public int Act()
    {
        object o = 0;
        for (var i = 0; i < 1_000_000; i++) { var inner = o; o = new Lazy<object>(() => inner); }
        return o.ToString()!.Length;
    }
}
