// expect: RCX0304
// Tries: a global delegate type named like a reserved root.
public delegate int Internal(int x);

public sealed class Bot
{
    public int Act()
    {
        Internal twice = x => 2 * x;
        return twice(2);
    }
}
