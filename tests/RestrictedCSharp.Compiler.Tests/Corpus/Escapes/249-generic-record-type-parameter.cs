// expect: RCX0510
// Tries: a generic record instantiated with itself: `Wrap<object>` holds any Wrap, nested without end.

public sealed record Wrap<T>(T Inner, T Other);

public sealed class Bot
{
    public bool Act()
    {
        object a = 0, b = 0;
        for (var i = 0; i < 64; i++) { a = new Wrap<object>(a, a); b = new Wrap<object>(b, b); }
        return a.Equals(b);
    }
}
