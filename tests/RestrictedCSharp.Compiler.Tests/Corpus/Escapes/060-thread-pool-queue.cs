// expect: RCX0001
// Tries: queues work with ThreadPool.QueueUserWorkItem.
using System.Threading;

public sealed class Bot
{
    public bool Act() => ThreadPool.QueueUserWorkItem(_ => { });
}
