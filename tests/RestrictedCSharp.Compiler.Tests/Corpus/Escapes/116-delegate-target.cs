// expect: RCX0001
// Tries: reaches a closure's hidden object through Delegate.Target.
using System;

public sealed class Bot
{
    public object? Act(int secret)
    {
        Func<int> f = () => secret;
        return f.Target;
    }
}
