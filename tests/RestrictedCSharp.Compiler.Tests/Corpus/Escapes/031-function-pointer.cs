// expect: RCX0101, RCX0105
// Tries: calls through a function pointer (delegate*).
public sealed class Bot
{
    private static int Twice(int x) => x * 2;

    public unsafe int Act()
    {
        delegate*<int, int> f = &Twice;
        return f(21);
    }
}
