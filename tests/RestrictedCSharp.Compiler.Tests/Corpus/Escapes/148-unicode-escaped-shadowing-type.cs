// expect: RCX0304
// Tries: spells the shadowing type's name with a unicode escape, which the compiler binds as RestrictedCSharp.
public static class Restricted\u0043Sharp
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
    public int Act() => 1;
}
