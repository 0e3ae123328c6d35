// expect: RCX0001
// Tries: reads the host's environment variables.
using System;

public sealed class Bot
{
    public string? Act() => Environment.GetEnvironmentVariable("HOME");
}
