// expect: RCX0001
// Tries: adds to a denied collection through a collection initializer.
using System.Collections.Concurrent;

public sealed class Bot
{
    public int Act()
    {
        var bag = new ConcurrentBag<int> { 1, 2, 3 };
        return bag.Count;
    }
}
