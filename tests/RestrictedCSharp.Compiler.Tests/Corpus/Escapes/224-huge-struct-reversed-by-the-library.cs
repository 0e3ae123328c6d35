// expect: RCX0503
// Tries: library code (Array.Reverse's swap) copies a 32 MiB struct into a frame of its own, which no guard probes.
public struct Row { public long A, B, C, D, E, F, G, H; }
public struct Block { public Row A, B, C, D, E, F, G, H; }
public struct Page { public Block A, B, C, D, E, F, G, H; }
public struct Chapter { public Page A, B, C, D, E, F, G, H; }
public struct Book { public Chapter A, B, C, D, E, F, G, H; }
public struct Shelf { public Book A, B, C, D, E, F, G, H; }
public struct Hall { public Shelf A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P; }

public sealed class Bot
{
    private readonly Hall[] _halls = new Hall[2];

    public int Act()
    {
        System.Array.Reverse(_halls);
        return _halls.Length;
    }
}
