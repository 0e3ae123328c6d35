// Value equality with IEquatable<T>, an arithmetic GetHashCode and custom comparers.
using System;
using System.Collections.Generic;

namespace Hashing;

public readonly struct Cell(int x, int y) : IEquatable<Cell>, IComparable<Cell>
{
    public int X { get; } = x;

    public int Y { get; } = y;

    public bool Equals(Cell other) => X == other.X && Y == other.Y;

    public override bool Equals(object? obj) => obj is Cell other && Equals(other);

    public override int GetHashCode() => unchecked(X * 31 + Y);

    public int CompareTo(Cell other) => (Y, X).CompareTo((other.Y, other.X));

    public static bool operator ==(Cell a, Cell b) => a.Equals(b);

    public static bool operator !=(Cell a, Cell b) => !a.Equals(b);
}

public sealed class ManhattanComparer(Cell origin) : IComparer<Cell>
{
    public int Compare(Cell a, Cell b) =>
        (Math.Abs(a.X - origin.X) + Math.Abs(a.Y - origin.Y)).CompareTo(Math.Abs(b.X - origin.X) + Math.Abs(b.Y - origin.Y));
}

public sealed class Bot
{
    public Cell Nearest(List<Cell> cells, Cell me)
    {
        cells.Sort(new ManhattanComparer(me));
        return cells[0];
    }

    public int Distinct(IEnumerable<Cell> cells) => new HashSet<Cell>(cells, EqualityComparer<Cell>.Default).Count;

    public bool Same(string a, string b) => StringComparer.OrdinalIgnoreCase.Equals(a, b);
}
