// expect: RCX0501
// Tries: a 32 MiB struct passed by value: the callee's frame (and the caller's copy) is bigger than the bot thread's stack.
public struct Row { public long A, B, C, D, E, F, G, H; }
public struct Block { public Row A, B, C, D, E, F, G, H; }
public struct Page { public Block A, B, C, D, E, F, G, H; }
public struct Chapter { public Page A, B, C, D, E, F, G, H; }
public struct Book { public Chapter A, B, C, D, E, F, G, H; }
public struct Shelf { public Book A, B, C, D, E, F, G, H; }
public struct Hall { public Shelf A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P; }

public sealed class Bot
{
    private readonly Hall[] _halls = new Hall[1];

    private static long First(Hall hall) => hall.A.A.A.A.A.A.A;

    public long Act() => First(_halls[0]);
}
