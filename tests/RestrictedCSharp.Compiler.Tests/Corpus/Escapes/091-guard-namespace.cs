// expect: RCX0301
// Tries: declares its own guard type in the guard runtime's namespace.
namespace RestrictedCSharp.Guards
{
    public static class Guard
    {
        public static void Tick()
        {
        }
    }
}

public sealed class Bot
{
    public int Act() => 1;
}
