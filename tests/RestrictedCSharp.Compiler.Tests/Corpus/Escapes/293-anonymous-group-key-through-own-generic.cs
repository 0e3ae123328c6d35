// expect: RCX0403
// Tries: keys hashed one step away: an anonymous type of a cell and a string grouped by LINQ, and a value tuple
// handed to the bot's own generic counter, which hashes its type parameter with Distinct; both generated
// hashes are seeded per process while their equality runs the cell's guarded Equals.

using System;
using System.Collections.Generic;
using System.Linq;

public readonly struct Cell : IEquatable<Cell>
{
    public Cell(int x, int y) { X = x; Y = y; }
    public int X { get; }
    public int Y { get; }
    public bool Equals(Cell other) => X == other.X && Y == other.Y;
    public override bool Equals(object? obj) => obj is Cell other && Equals(other);
    public override int GetHashCode() => unchecked(X * 31 + Y);
}

public static class Distinctness
{
    public static int Count<T>(IEnumerable<T> items) => items.Distinct().Count();
}

public sealed class Bot
{
    public int Act()
    {
        var cells = Enumerable.Range(0, 2000).Select(i => new Cell(i % 50, i % 70)).ToList();
        var groups = cells.GroupBy(c => new { c, Tag = "t" + (c.X % 3) }).Count();
        return groups + Distinctness.Count(cells.Select(c => (c, c.X % 5)));
    }
}
