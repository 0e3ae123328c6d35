// expect: RCX0304
// Tries: an alias named like the toolchain's root namespace.
using RestrictedCSharp = Shadow;

public static class Shadow
{
    public static int Value => 1;
}

public sealed class Bot
{
    public int Act() => RestrictedCSharp.Value;
}
