// expect: RCX0403
// Tries: the value tuple of 290 boxed into object before it is hashed: the HashSet's type argument is object, but
// object.Equals on the boxed tuple still runs the cell's guarded Equals once per colliding pair, and the tuple's hash
// is HashCode.Combine, seeded per process, so the ticks the call spends differ between two runs of the same bot.

using System;
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
    public int Act(int seed)
    {
        var random = new Random(seed);
        var seen = new HashSet<object>();
        for (var i = 0; i < 400_000; i++) seen.Add((new Cell(random.Next(), random.Next()), random.Next()));
        return seen.Count;
    }
}
