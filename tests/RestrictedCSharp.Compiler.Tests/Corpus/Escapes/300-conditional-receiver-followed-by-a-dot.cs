// expect: RCX0520
// Tries: a value reached through ?. and followed by a plain dot: no guard can stand around the member binding, so Contains would walk a large list for one tick a call.
using System.Collections.Generic;

public sealed class Box
{
    public List<int> Items = new List<int>();
}

public sealed class Bot
{
    private readonly Box _box = new Box();

    public int Act()
    {
        for (int i = 0; i < 1_000_000; i++) _box.Items.Add(i);
        int found = 0;
        for (int i = 0; i < 1_000_000; i++)
        {
            if (_box?.Items.Contains(-1) == true) found++;
        }

        return found;
    }
}
