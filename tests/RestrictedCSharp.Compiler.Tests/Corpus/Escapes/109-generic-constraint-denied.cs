// expect: RCX0001
// Tries: names a denied type in a generic constraint.
public static class Streams
{
    public static long Size<T>(T stream) where T : System.IO.FileStream => stream.Length;
}

public sealed class Bot
{
    public int Act() => 1;
}
