// expect: RCX0511
// Tries: never names KeyValuePair: Cast<object>() boxes a Dictionary<object, int>'s pairs into a chain whose ToString overflows the stack.

using System.Collections.Generic;
using System.Linq;

public sealed class Bot
{
    public int Act()
    {
        object o = 0;
        for (var i = 0; i < 100_000; i++) o = new Dictionary<object, int> { [o] = i }.Cast<object>().First();
        return o.ToString()!.Length;
    }
}
