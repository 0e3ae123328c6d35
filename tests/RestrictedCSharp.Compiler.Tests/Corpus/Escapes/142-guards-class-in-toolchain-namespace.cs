// expect: RCX0303
// Tries: a class Guards inside namespace RestrictedCSharp, which global::RestrictedCSharp.Guards.Guard reaches
// before the guard runtime's namespace.
namespace RestrictedCSharp
{
    public static class Guards
    {
        public static class Guard
        {
            public static void Tick(int cost) { }
        }
    }
}

public sealed class Bot
{
    public int Act()
    {
        var n = 0;
        while (n >= 0) { n++; }
        return n;
    }
}
