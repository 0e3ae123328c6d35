// expect: RCX0401
// Tries: an own interface declaring GetHashCode(), implemented for free by object's identity hash.
public interface IHashed
{
    int GetHashCode();
}

public sealed class Marker : IHashed
{
}

public sealed class Bot
{
    public int Act()
    {
        IHashed marker = new Marker();
        return marker.GetHashCode() & 3;
    }
}
