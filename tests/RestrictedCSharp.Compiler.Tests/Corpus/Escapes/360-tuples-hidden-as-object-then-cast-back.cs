// expect: RCX0403
// Tries: a list of value tuples over a cell with its own Equals, stored as plain object and cast back to a
// non-generic sequence later: no conversion the hash set sees names the tuple, yet the boxed tuples' seeded hashes
// decide how often the cell's guarded Equals runs.

using System;
using System.Collections;
using System.Collections.Generic;

public readonly struct Cell : IEquatable<Cell>
{
    public Cell(int x, int y) { X = x; Y = y; }
    public int X { get; }
    public int Y { get; }
    public bool Equals(Cell other) => X == other.X && Y == other.Y;
    public override bool Equals(object? obj) => obj is Cell other && Equals(other);
    public override int GetHashCode() => unchecked(X * 100_003 + Y);
}

public sealed class Bot
{
    private object _stash = new object();

    public int Act(int seed)
    {
        var random = new Random(seed);
        var keys = new List<(Cell, int)>();
        for (var i = 0; i < 400_000; i++) keys.Add((new Cell(random.Next(), random.Next()), random.Next()));
        _stash = keys;
        var seen = new HashSet<object>();
        foreach (var key in (IEnumerable)_stash) seen.Add(key);
        return seen.Count;
    }
}
