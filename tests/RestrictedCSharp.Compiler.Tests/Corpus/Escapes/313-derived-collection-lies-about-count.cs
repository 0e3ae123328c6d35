// expect: RCX0521
// Tries: a list whose re-implemented ICollection<int>.Count says 0: the guards read that count to charge Contains, while List<T> walks its real elements, so a loop of Contains over millions ran to the wall clock.
using System.Collections.Generic;

public sealed class Bot
{
    private sealed class Pile : List<int>, ICollection<int>
    {
        public Pile(int size) : base(new int[size]) { }
        int ICollection<int>.Count => 0;
    }

    public int Act()
    {
        var pile = new Pile(4_000_000);
        int found = 0;
        for (int round = 0; round < 1000; round++) found += pile.Contains(-1) ? 1 : 0;
        return found;
    }
}
