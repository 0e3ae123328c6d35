// expect: RCX0001
// Tries: new Lazy<Random>(), whose value the runtime makes with Activator and the unseeded constructor.
using System;

public sealed class Bot
{
    private readonly Lazy<Random> _dice = new Lazy<Random>();

    public int Act() => _dice.Value.Next(4);
}
