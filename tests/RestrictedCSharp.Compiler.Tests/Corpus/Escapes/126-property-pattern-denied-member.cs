// expect: RCX0001
// Tries: reads a denied property through a property pattern.

using System;

public sealed class Bot
{
    public string Act(Exception e) => e is { StackTrace: { } trace } ? trace : "";
}
