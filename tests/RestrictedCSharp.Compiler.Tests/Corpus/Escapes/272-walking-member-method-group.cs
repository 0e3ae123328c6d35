// expect: RCX0502
// Tries: method groups of library members that walk their data: the calls through the delegates would parse and sum without a charge.
using System;
using System.Collections.Generic;
using System.Linq;

public sealed class Bot
{
    public long Act(string line)
    {
        Func<IEnumerable<int>, int> sum = Enumerable.Sum;
        return sum(line.Split(' ').Select(int.Parse));
    }
}
