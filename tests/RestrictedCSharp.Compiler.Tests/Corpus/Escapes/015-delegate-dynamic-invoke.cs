// expect: RCX0001
// Tries: invokes a delegate late-bound with DynamicInvoke.
using System;

public sealed class Bot
{
    public object? Act()
    {
        Func<int, int> twice = x => x * 2;
        return twice.DynamicInvoke(21);
    }
}
