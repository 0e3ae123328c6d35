// expect: RCX0301
// Tries: declares a type in a namespace below the guard runtime's.
namespace RestrictedCSharp.Guards.Internal
{
    public sealed class Budget
    {
    }
}

public sealed class Bot
{
    public int Act() => 1;
}
