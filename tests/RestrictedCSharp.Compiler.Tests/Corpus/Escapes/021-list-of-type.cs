// expect: RCX0003
// Tries: smuggles System.Type in as a type argument of an allowed collection.
using System.Collections.Generic;

public sealed class Bot
{
    public int Act()
    {
        var kinds = new List<System.Type>();
        return kinds.Count;
    }
}
