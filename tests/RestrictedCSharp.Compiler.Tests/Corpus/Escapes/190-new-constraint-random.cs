// expect: RCX0402
// Tries: new T() with T = Random: Activator calls Random's unseeded constructor behind the rules' back.
using System;

public sealed class Bot
{
    private static T Make<T>() where T : new() => new T();

    public int Act() => Make<Random>().Next(4);
}
