// expect: RCX0501
// Tries: a 32 MiB struct local, one frame bigger than the bot thread's whole stack (the runner dies before any guard runs).
public struct Row { public long A, B, C, D, E, F, G, H; }
public struct Block { public Row A, B, C, D, E, F, G, H; }
public struct Page { public Block A, B, C, D, E, F, G, H; }
public struct Chapter { public Page A, B, C, D, E, F, G, H; }
public struct Book { public Chapter A, B, C, D, E, F, G, H; }
public struct Shelf { public Book A, B, C, D, E, F, G, H; }
public struct Hall { public Shelf A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P; }

public sealed class Bot
{
    public long Act()
    {
        Hall hall = default;
        hall.A.A.A.A.A.A.A = 1;
        return hall.A.A.A.A.A.A.A;
    }
}
