// expect: RCX0401
// Tries: the string hash as a method group handed to LINQ, never called by name in the bot's code.
using System;
using System.Linq;

public sealed class Bot
{
    public int Act()
    {
        Func<string, int> hash = StringComparer.OrdinalIgnoreCase.GetHashCode;
        return new[] { "north", "south" }.Select(hash).Max() & 3;
    }
}
