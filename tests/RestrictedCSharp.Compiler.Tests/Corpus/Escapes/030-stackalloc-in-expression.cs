// expect: RCX0104
// Tries: hides a stackalloc of a size chosen at run time inside an expression.
public sealed class Bot
{
    private static int size = 512;

    public int Act() => (stackalloc byte[size]).Length;
}
