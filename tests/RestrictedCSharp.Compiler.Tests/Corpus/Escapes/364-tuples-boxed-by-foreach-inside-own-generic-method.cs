// expect: RCX0403
// Tries: value tuples over a cell with its own Equals, given as a list to the bot's own generic method whose 'foreach'
// variable is an object, a conversion the operation tree does not show: the hash set of objects then runs the cell's
// guarded Equals as often as the tuples' seeded hashes collide.

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
    public static int Distinct<T>(List<T> values)
    {
        var seen = new HashSet<object>();
        foreach (object boxed in values) seen.Add(boxed);
        return seen.Count;
    }
}

public sealed class Bot
{
    public int Act(int seed)
    {
        var random = new Random(seed);
        var keys = new List<(Cell, int)>();
        for (var i = 0; i < 400_000; i++) keys.Add((new Cell(random.Next(), random.Next()), random.Next()));
        return Boxes.Distinct(keys);
    }
}
