// expect: RCX0104
// Tries: a constant stackalloc far over the 16 KiB one block may take.
public sealed class Bot
{
    public int Act()
    {
        System.Span<long> block = stackalloc long[1_000_000];
        return block.Length;
    }
}
