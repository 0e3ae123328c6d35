// expect: RCX0505
// Tries: a generic recursion whose estimate counts a type-parameter value at a reference's size, instantiated
// with a 16 KiB struct: each frame holds two of them, unprobed, and the recursion overruns the stack between two
// probes of every eighth frame.

public struct Row { public long A, B, C, D, E, F, G, H; public override bool Equals(object? o) => false; public override int GetHashCode() => 0; }
public struct Block { public Row A, B, C, D, E, F, G, H; public override bool Equals(object? o) => false; public override int GetHashCode() => 0; }
public struct Page { public Block A, B, C, D, E, F, G, H; public override bool Equals(object? o) => false; public override int GetHashCode() => 0; }
public struct Volume { public Page A, B, C, D; public override bool Equals(object? o) => false; public override int GetHashCode() => 0; }

public sealed class Bot
{
    private static int Deep<T>(T value, int depth)
    {
        T copy = value;
        return Deep(copy, depth + 1) + 1;
    }

    public int Act() => Deep(default(Volume), 0);
}
