// expect: RCX0001
// Tries: takes a lock with Monitor.Enter.
using System.Threading;

public sealed class Bot
{
    private readonly object _gate = new();

    public void Act() => Monitor.Enter(_gate);
}
