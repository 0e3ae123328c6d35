// expect: RCX0104
// Tries: runs a constant stackalloc again and again through a backward goto.
public sealed class Bot
{
    public int Act()
    {
        var rounds = 0;
    again:
        System.Span<byte> block = stackalloc byte[8192];
        if (++rounds < 1_000_000) goto again;
        return block.Length;
    }
}
