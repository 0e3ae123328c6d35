// expect: RCX0403
// Tries: a Tuple of a cell and a string (its hash adds the string's, seeded per process) kept as an interface
// in a HashSet of that interface: the hashed type is IStructuralEquatable, not the tuple.

using System;
using System.Collections;
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
        var seen = new HashSet<IStructuralEquatable>();
        for (var i = 0; i < 400_000; i++)
        {
            IStructuralEquatable key = Tuple.Create(new Cell(random.Next(), random.Next()), "t" + random.Next());
            seen.Add(key);
        }

        return seen.Count;
    }
}
