// expect: RCX0001
// Tries: derives from Random and calls the unseeded base constructor explicitly with `: base()`.

using System;

public sealed class Spinner : Random
{
    public Spinner()
        : base()
    {
    }
}

public sealed class Bot
{
    public int Act() => new Spinner().Next(8);
}
