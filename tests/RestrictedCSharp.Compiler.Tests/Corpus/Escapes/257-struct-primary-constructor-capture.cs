// expect: RCX0510
// Tries: a struct's primary-constructor parameter is captured in a hidden field that ValueType.Equals walks.

public struct Cell(object? next)
{
    public object? Next => next;
}

public sealed class Bot
{
    public bool Act()
    {
        object a = 0, b = 0;
        for (var i = 0; i < 64; i++) { a = new Cell(a); b = new Cell(b); }
        return a.Equals(b);
    }
}
