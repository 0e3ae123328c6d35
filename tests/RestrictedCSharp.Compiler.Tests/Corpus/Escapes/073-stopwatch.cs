// expect: RCX0001
// Tries: times itself with Stopwatch to adapt to the machine.
using System.Diagnostics;

public sealed class Bot
{
    public long Act() => Stopwatch.StartNew().ElapsedTicks;
}
