// expect: RCX0403
// Tries: a value tuple over a cell with its own Equals, given to the bot's own '+' operator that returns a string, so
// the addition looks like string concatenation (boxed only to be printed) while the operator adds the boxed tuple to a
// hash set of objects, which runs the cell's guarded Equals as often as the tuples' seeded hashes collide.

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

public sealed class Sink
{
    public readonly HashSet<object> Seen = new();
    public static string operator +(Sink sink, object value) { sink.Seen.Add(value); return ""; }
}

public sealed class Bot
{
    public int Act(int seed)
    {
        var random = new Random(seed);
        var sink = new Sink();
        for (var i = 0; i < 400_000; i++) _ = sink + (new Cell(random.Next(), random.Next()), random.Next());
        return sink.Seen.Count;
    }
}
