// expect: RCX0001
// Tries: reads the host's time zone.
using System;

public sealed class Bot
{
    public string Act() => TimeZoneInfo.Local.Id;
}
