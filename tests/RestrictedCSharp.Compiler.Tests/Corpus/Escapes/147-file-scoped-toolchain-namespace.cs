// expect: RCX0303
// Tries: the toolchain's root namespace declared file-scoped, with its own Guards type.

namespace RestrictedCSharp;

public static class Guards
{
    public static class Guard
    {
        public static void Tick(int cost) { }
    }
}

public sealed class Bot
{
    public int Act() => 1;
}
