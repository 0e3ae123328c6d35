// expect: RCX0001
// Tries: hides the denied call in a custom event accessor.

using System;

public sealed class Bot
{
    public event Action? Moved
    {
        add => Environment.Exit(1);
        remove { }
    }

    public int Act() => 1;
}
