// expect: RCX0001
// Tries: sets a denied property in an object initializer.

using System;

public sealed class Bot
{
    public object Act() => new InvalidOperationException("x") { Source = "spoofed" };
}
