// expect: RCX0304
// Tries: a global type RestrictedCSharp with nested Guards.Guard no-ops, so every inserted
// global::RestrictedCSharp.Guards.Guard.Tick(…) binds to the bot's own methods and the loop runs unmetered.
public static class RestrictedCSharp
{
    public static class Guards
    {
        public static class Guard
        {
            public static void Tick(int cost) { }
            public static void Enter() { }
            public static void Exit() { }
        }
    }
}

public sealed class Bot
{
    public long Act()
    {
        long sum = 0;
        for (var i = 0; i < 50_000_000; i++)
        {
            sum += i;
        }

        return sum;
    }
}
