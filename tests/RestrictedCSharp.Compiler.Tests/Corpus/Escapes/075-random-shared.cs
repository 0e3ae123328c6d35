// expect: RCX0001
// Tries: uses the process-wide Random.Shared.
using System;

public sealed class Bot
{
    public int Act() => Random.Shared.Next(4);
}
