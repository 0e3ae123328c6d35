// expect: RCX0301
// Tries: declares a type in the guard runtime's namespace with a file-scoped namespace.

namespace RestrictedCSharp.Guards;

public static class GuardState
{
    public static bool Tripped => false;
}

public sealed class Bot
{
    public int Act() => 1;
}
