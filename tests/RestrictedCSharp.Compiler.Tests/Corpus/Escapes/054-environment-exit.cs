// expect: RCX0001
// Tries: kills the runner with Environment.Exit.
using System;

public sealed class Bot
{
    public void Act() => Environment.Exit(0);
}
