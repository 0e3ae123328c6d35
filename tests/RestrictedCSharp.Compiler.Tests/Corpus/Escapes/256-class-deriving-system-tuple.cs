// expect: RCX0510
// Tries: a class of the bot that inherits System.Tuple's structural Equals over `object` items.

using System;

public sealed class Knot : Tuple<object, object>
{
    public Knot(object a, object b) : base(a, b) { }
}

public sealed class Bot
{
    public int Act()
    {
        object k = 0;
        for (var i = 0; i < 64; i++) k = new Knot(k, k);
        return k.GetHashCode();
    }
}
