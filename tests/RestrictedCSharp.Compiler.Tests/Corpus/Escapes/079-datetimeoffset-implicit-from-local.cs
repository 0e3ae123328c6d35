// expect: RCX0001
// Tries: converts a DateTime to DateTimeOffset implicitly, taking the host's time zone.
using System;

public sealed class Bot
{
    public long Act()
    {
        DateTimeOffset when = new DateTime(2024, 1, 1);
        return when.Offset.Ticks;
    }
}
