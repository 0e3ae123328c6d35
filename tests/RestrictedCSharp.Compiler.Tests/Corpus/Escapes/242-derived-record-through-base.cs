// expect: RCX0510
// Tries: hides the cycle behind a base record: a field of the base type holds the derived record again.

public abstract record Shape;

public sealed record Group(Shape First, Shape Second) : Shape;

public sealed record Dot(int X) : Shape;

public sealed class Bot
{
    public int Act()
    {
        Shape s = new Dot(1);
        for (var i = 0; i < 64; i++) s = new Group(s, s);
        return s.GetHashCode();
    }
}
