// expect: RCX0001
// Tries: derives a bot type from a denied framework type (StringWriter).
public sealed class Buffer : System.IO.StringWriter
{
}

public sealed class Bot
{
    public long Act() => new Buffer().ToString().Length;
}
