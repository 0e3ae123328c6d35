// Does: a value tuple over a cell with its own Equals, added to strings (string's own concatenation boxes it only to
// print it) and passed through the bot's own generic code that keeps the type parameter named (a pattern of the same
// type, a 'foreach' over its own element type).

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

public static class Generic
{
    public static int Count<T>(List<T> values)
    {
        var n = 0;
        foreach (T value in values) if (value is T) n++;
        return n;
    }
}

public sealed class Bot
{
    public int Act(int seed)
    {
        var key = (new Cell(seed, 1), 2);
        var text = "at " + key + " then " + (new Cell(1, seed), 3);
        return text.Length + Generic.Count(new List<(Cell, int)> { key });
    }
}
