// Does: composites boxed into object and interfaces whose hashes are the same in every process (tuples of numbers,
// a record over a cell with its own Equals and GetHashCode, a Tuple of such parts), and a tuple over that cell that
// is only formatted, through interpolation and concatenation.

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

public readonly record struct Visit(Cell At, int Turn);

public sealed class Bot
{
    public string Act(int turn)
    {
        var cell = new Cell(turn, turn + 1);
        var seen = new HashSet<object> { (turn, 1), new Visit(cell, turn), Tuple.Create(cell, turn) };
        IEquatable<(int, int)> pair = (turn, 2);
        var shown = (cell, turn);
        return $"{shown} {seen.Count} {pair.Equals((turn, 2))} " + shown;
    }
}
