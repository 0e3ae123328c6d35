// expect: RCX0303
// Tries: declares a type the compiler looks up by name (System.Runtime.CompilerServices.IsExternalInit).
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}

public sealed record Point(int X, int Y);

public sealed class Bot
{
    public int Act() => new Point(1, 2).Y;
}
