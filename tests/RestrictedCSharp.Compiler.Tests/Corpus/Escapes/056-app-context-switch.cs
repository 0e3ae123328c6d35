// expect: RCX0001
// Tries: flips a process-wide runtime switch with AppContext.SetSwitch.
using System;

public sealed class Bot
{
    public void Act() => AppContext.SetSwitch("System.Globalization.Invariant", false);
}
