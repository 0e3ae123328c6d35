// expect: RCX0001
// Tries: forces a garbage collection.
using System;

public sealed class Bot
{
    public void Act() => GC.Collect();
}
