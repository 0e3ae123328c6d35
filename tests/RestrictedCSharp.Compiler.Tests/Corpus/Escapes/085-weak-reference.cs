// expect: RCX0001
// Tries: observes the garbage collector through a WeakReference.
using System;

public sealed class Bot
{
    public bool Act() => new WeakReference<object>(new object()).TryGetTarget(out _);
}
