// expect: RCX0104
// Tries: a stackalloc whose element size is known only when the generic code runs.
public sealed class Bot
{
    public int Act() => Block<System.Numerics.Matrix4x4>();

    private static int Block<T>() where T : unmanaged
    {
        System.Span<T> block = stackalloc T[1024];
        return block.Length;
    }
}
