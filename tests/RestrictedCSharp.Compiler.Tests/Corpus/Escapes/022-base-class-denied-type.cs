// expect: RCX0001
// Tries: derives a bot type from a denied framework type (MemoryStream).
public sealed class Buffer : System.IO.MemoryStream
{
}

public sealed class Bot
{
    public long Act() => new Buffer().Length;
}
