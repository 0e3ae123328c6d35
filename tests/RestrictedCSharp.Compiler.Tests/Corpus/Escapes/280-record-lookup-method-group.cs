// expect: RCX0502
// Tries: a lookup of records holding strings as a method group: each call through the delegate would hash the record's text with no charge at the call.
using System;
using System.Collections.Generic;
using System.Linq;

public sealed record Person(string Name, int Age);

public sealed class Bot
{
    public int Act(string name)
    {
        var people = new HashSet<Person> { new Person(name, 1) };
        Func<Person, bool> known = people.Contains;
        return Enumerable.Range(0, 1000).Count(i => known(new Person(name, i)));
    }
}
