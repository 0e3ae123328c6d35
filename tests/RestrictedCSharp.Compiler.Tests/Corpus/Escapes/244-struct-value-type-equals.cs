// expect: RCX0510
// Tries: a struct without its own Equals: ValueType.Equals walks its `object` fields through reflection, unmetered.

public struct Pair
{
    public object? Left;
    public object? Right;
}

public sealed class Bot
{
    public bool Act()
    {
        object a = 0, b = 0;
        for (var i = 0; i < 64; i++) { a = new Pair { Left = a, Right = a }; b = new Pair { Left = b, Right = b }; }
        return a.Equals(b);
    }
}
