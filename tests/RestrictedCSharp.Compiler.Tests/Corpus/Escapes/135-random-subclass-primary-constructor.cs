// expect: RCX0001
// Tries: derives from Random with a primary constructor, so the unseeded base constructor is called implicitly.

using System;

public sealed class Wheel(int sides) : Random
{
    public int Spin() => Next(sides);
}

public sealed class Bot
{
    public int Act() => new Wheel(37).Spin();
}
