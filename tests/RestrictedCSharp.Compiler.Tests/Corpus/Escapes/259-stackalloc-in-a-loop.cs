// expect: RCX0104
// Tries: takes more stack every round with a constant stackalloc inside a loop.
public sealed class Bot
{
    public int Act()
    {
        var total = 0;
        for (var i = 0; i < 1_000_000; i++)
        {
            System.Span<byte> block = stackalloc byte[4096];
            total += block.Length;
        }

        return total;
    }
}
