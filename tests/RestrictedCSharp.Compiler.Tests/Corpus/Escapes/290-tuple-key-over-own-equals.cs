// expect: RCX0403
// Tries: a value tuple of a cell that declares Equals and GetHashCode, as a HashSet key: the tuple's hash is
// HashCode.Combine, seeded per process, so which of 400,000 keys collide, how often the cell's guarded Equals
// runs, and the ticks the call spends differ between two runs of the same bot.

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
        var seen = new HashSet<(Cell, int)>();
        for (var i = 0; i < 400_000; i++) seen.Add((new Cell(random.Next(), random.Next()), random.Next()));
        return seen.Count;
    }
}
