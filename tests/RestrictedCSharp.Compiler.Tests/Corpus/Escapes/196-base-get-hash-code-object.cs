// expect: RCX0401
// Tries: an own override that returns base.GetHashCode(), reaching object's identity hash.
public sealed class Marker
{
    public override int GetHashCode() => base.GetHashCode();

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);
}

public sealed class Bot
{
    public int Act() => new Marker().GetHashCode() & 3;
}
