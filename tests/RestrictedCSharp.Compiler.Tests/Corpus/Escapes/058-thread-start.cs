// expect: RCX0001
// Tries: starts a background thread.
using System.Threading;

public sealed class Bot
{
    public void Act() => new Thread(() => { while (true) { } }).Start();
}
