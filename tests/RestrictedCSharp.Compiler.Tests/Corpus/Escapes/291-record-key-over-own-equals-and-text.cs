// expect: RCX0403
// Tries: a record with no Equals of its own whose generated equality compares a cell with the cell's own
// (guarded) Equals, while its generated hash also hashes a string with a per-process seed: as Dictionary keys,
// which moves collide, and so the ticks, differ between two runs.

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

public sealed record Move(Cell To, string Label);

public sealed class Bot
{
    public int Act()
    {
        var scores = new Dictionary<Move, int>();
        for (var i = 0; i < 5000; i++) scores[new Move(new Cell(i, -i), "m" + i)] = i;
        return scores.Count;
    }
}
