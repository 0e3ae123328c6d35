// expect: RCX0501
// Tries: several constant stackallocs in one function, together over the 64 KiB a frame may take.
public sealed class Bot
{
    public int Act() => Deep(0);

    private static int Deep(int depth)
    {
        System.Span<long> a = stackalloc long[2048];
        System.Span<long> b = stackalloc long[2048];
        System.Span<long> c = stackalloc long[2048];
        System.Span<long> d = stackalloc long[2048];
        System.Span<long> e = stackalloc long[2048];
        return a.Length + b.Length + c.Length + d.Length + e.Length + Deep(depth + 1);
    }
}
