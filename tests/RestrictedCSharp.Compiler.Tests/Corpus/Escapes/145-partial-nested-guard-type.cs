// expect: RCX0304
// Tries: the shadowing type split over partial declarations, the guard type nested two levels down in the second part.
public static partial class RestrictedCSharp
{
}

public static partial class RestrictedCSharp
{
    public static partial class Guards
    {
        public static partial class Guard
        {
            public static void Tick(int cost) { }
        }
    }
}

public sealed class Bot
{
    public int Act() => 1;
}
