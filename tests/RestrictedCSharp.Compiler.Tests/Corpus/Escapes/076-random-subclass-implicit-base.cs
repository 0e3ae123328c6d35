// expect: RCX0001
// Tries: derives from Random so that the unseeded base constructor is called implicitly.
using System;

public sealed class Dice : Random
{
}

public sealed class Bot
{
    public int Act() => new Dice().Next(6);
}
