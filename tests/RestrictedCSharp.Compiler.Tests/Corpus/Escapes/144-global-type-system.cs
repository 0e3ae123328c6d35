// expect: RCX0304
// Tries: a global type System with a nested Exception, which the rewriter's global::System.Exception would reach.
public static class System
{
    public sealed class Exception
    {
    }
}

public sealed class Bot
{
    public int Act() => 1;
}
