// expect: RCX0001
// Tries: derives from Random with a constructor that has no initializer, so the unseeded base constructor is called implicitly.

using System;

public sealed class Coin : Random
{
    public Coin()
    {
    }
}

public sealed class Bot
{
    public int Act() => new Coin().Next(2);
}
