// expect: RCX0104
// Tries: hides stackalloc inside an expression.
public sealed class Bot
{
    public int Act() => (stackalloc byte[512]).Length;
}
