// expect: RCX0403
// Tries: a value tuple over a cell with its own Equals, given to the bot's own generic method that boxes it with a
// pattern ('value is object boxed') rather than a conversion, so no conversion names the type parameter: the hash set of
// objects then runs the cell's guarded Equals as often as the tuples' seeded hashes collide.

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

public static class Boxes
{
    public static void Keep<T>(HashSet<object> seen, T value)
    {
        if (value is object boxed) seen.Add(boxed);
    }
}

public sealed class Bot
{
    public int Act(int seed)
    {
        var random = new Random(seed);
        var seen = new HashSet<object>();
        for (var i = 0; i < 400_000; i++) Boxes.Keep(seen, (new Cell(random.Next(), random.Next()), random.Next()));
        return seen.Count;
    }
}
