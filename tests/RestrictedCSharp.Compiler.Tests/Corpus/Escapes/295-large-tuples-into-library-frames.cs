// expect: RCX0503
// Tries: structs each within the 16 KiB bound, bundled in value tuples of 48 KiB and sorted and reversed by the
// library at every level of a recursion to the end of the stack: the library's own frames copy whole tuples
// (a pivot, a swap, comparer arguments) where no guard probes, so the tuple is bounded like a declared struct.

using System;

public struct Row { public long A, B, C, D, E, F, G, H; public override bool Equals(object? o) => false; public override int GetHashCode() => 1; public override string ToString() => "r"; }
public struct Block { public Row A, B, C, D, E, F, G, H; public override bool Equals(object? o) => false; public override int GetHashCode() => 1; public override string ToString() => "b"; }
public struct Page { public Block A, B, C, D, E, F, G, H; public override bool Equals(object? o) => false; public override int GetHashCode() => 1; public override string ToString() => "p"; }

public struct Chapter : IEquatable<Chapter>, IComparable<Chapter>
{
    public Page A, B, C, D;
    public bool Equals(Chapter o) => A.A.A.A == o.A.A.A.A;
    public int CompareTo(Chapter o) => A.A.A.A.CompareTo(o.A.A.A.A);
    public override bool Equals(object? o) => o is Chapter c && Equals(c);
    public override int GetHashCode() => (int)A.A.A.A;
    public override string ToString() => "c";
}

public sealed class Bot
{
    private static readonly (Chapter, Chapter, Chapter)[] Items = new (Chapter, Chapter, Chapter)[24];

    public int Act() => Down(0);

    private static int Down(int depth)
    {
        Array.Sort(Items);
        Array.Reverse(Items);
        return depth > 5000 ? Items.Length : Down(depth + 1);
    }
}
