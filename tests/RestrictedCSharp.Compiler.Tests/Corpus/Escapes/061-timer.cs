// expect: RCX0001
// Tries: schedules callbacks with System.Threading.Timer.
using System.Threading;

public sealed class Bot
{
    public object Act() => new Timer(_ => { }, null, 0, 10);
}
