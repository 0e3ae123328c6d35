// expect: RCX0403
// Tries: a plain struct holding a cell with its own Equals: ValueType.Equals calls the cell's Equals for the
// field, while ValueType.GetHashCode is seeded per process, so how often it runs depends on the process.

using System;
using System.Collections.Generic;

public readonly struct Cell : IEquatable<Cell>
{
    public Cell(int x, int y) { X = x; Y = y; }
    public int X { get; }
    public int Y { get; }
    public bool Equals(Cell other) => X == other.X && Y == other.Y;
    public override bool Equals(object? obj) => obj is Cell other && Equals(other);
    public override int GetHashCode() => unchecked(X * 31 + Y);
}

public struct Visit
{
    public Cell At;
    public int Turn;
}

public sealed class Bot
{
    public int Act()
    {
        var seen = new HashSet<Visit>();
        for (var i = 0; i < 5000; i++) seen.Add(new Visit { At = new Cell(i, i), Turn = i & 7 });
        return seen.Count;
    }
}
