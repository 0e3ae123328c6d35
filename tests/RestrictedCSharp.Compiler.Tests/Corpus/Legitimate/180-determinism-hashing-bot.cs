// Determinism: hashing-heavy bookkeeping that stays deterministic: string-keyed dictionaries, sets,
// GroupBy and Distinct (insertion order), own GetHashCode over fields, value-type hashes, Lazy with a
// factory, a seeded shuffle, sorted immutable collections, and the ticks-left reading.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using RestrictedCSharp;

namespace Hashing;

public sealed class Unit(string name, int x, int y)
{
    public string Name { get; } = name;

    public int X { get; } = x;

    public int Y { get; } = y;

    public override bool Equals(object? obj) => obj is Unit u && u.Name == Name && u.X == X && u.Y == Y;

    public override int GetHashCode()
    {
        var hash = unchecked(X * 31 + Y);
        foreach (var c in Name)
        {
            hash = unchecked(hash * 31 + c);
        }

        return hash;
    }
}

public sealed record Order(string Kind, int Target)
{
    public override int GetHashCode() => unchecked(Kind.Length * 397 + Target);
}

public static class Make
{
    public static T Fresh<T>() where T : new() => new T();
}

public sealed class Bot
{
    private readonly Lazy<Random> _dice = new(() => new Random(1234));

    public string Act(string[] names, long turn, Guid id, DayOfWeek day)
    {
        var counts = new Dictionary<string, int>();
        foreach (var name in names)
        {
            counts[name] = counts.TryGetValue(name, out var n) ? n + 1 : 1;
        }

        var seen = new HashSet<string>(names, StringComparer.Ordinal);
        var groups = names.GroupBy(n => n.Length).Select(g => g.Key + ":" + string.Join(",", g.Distinct()));
        var units = names.Select((n, i) => new Unit(n, i, i * 2)).ToHashSet();
        var orders = new HashSet<Order> { new("move", 1), new("move", 1) };
        var sorted = ImmutableSortedSet.CreateRange(StringComparer.Ordinal, names);
        var order = names.ToArray();
        _dice.Value.Shuffle(order);
        var list = Make.Fresh<List<int>>();
        list.Add(unchecked(turn.GetHashCode() ^ id.GetHashCode() ^ day.GetHashCode() ^ units.First().GetHashCode() ^ orders.Single().GetHashCode()));
        var budget = Budget.TicksLeft > 1000 ? "plenty" : "short";
        return string.Join(";", counts.Keys) + seen.Count + string.Join("|", groups) + sorted.Min + order[0] + list[0] + budget;
    }
}
