// expect: RCX0510
// Tries: an `object` field lets a record hold another of itself, so the generated ToString walks a DAG.

public sealed record Box(object? Content);

public sealed class Bot
{
    public int Act()
    {
        object? o = null;
        for (var i = 0; i < 64; i++) o = new Box(new Box(o));
        return o!.ToString()!.Length;
    }
}
