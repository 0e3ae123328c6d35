// expect: RCX0501
// Tries: 256 KiB of struct in every frame of a recursion: the stack, probed every 8 frames, overflows between two probes.
public struct Row { public long A, B, C, D, E, F, G, H; }
public struct Block { public Row A, B, C, D, E, F, G, H; }
public struct Page { public Block A, B, C, D, E, F, G, H; }
public struct Chapter { public Page A, B, C, D, E, F, G, H; }
public struct Book { public Chapter A, B, C, D, E, F, G, H; }

public sealed class Bot
{
    public long Act() => Deep(0);

    private static long Deep(int depth)
    {
        Book book = default;
        book.A.A.A.A.A = depth;
        return Deep(depth + 1) + book.A.A.A.A.A;
    }
}
