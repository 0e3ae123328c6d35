// expect: RCX0401
// Tries: the default object.GetHashCode, an identity hash that differs between runs.
public sealed class Marker
{
}

public sealed class Bot
{
    public int Act() => new Marker().GetHashCode() & 3;
}
