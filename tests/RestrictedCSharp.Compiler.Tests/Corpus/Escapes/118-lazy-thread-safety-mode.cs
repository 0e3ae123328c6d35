// expect: RCX0001
// Tries: passes a threading enum to Lazy<T>.
using System;
using System.Threading;

public sealed class Bot
{
    public int Act() => new Lazy<int>(() => 1, LazyThreadSafetyMode.PublicationOnly).Value;
}
