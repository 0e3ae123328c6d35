// expect: RCX0304
// Tries: a generic global type named like a reserved root, hoping the arity makes it a different name.
public sealed class Microsoft<T>
{
    public T? Value;
}

public sealed class Bot
{
    public int Act() => new Microsoft<int> { Value = 3 }.Value;
}
