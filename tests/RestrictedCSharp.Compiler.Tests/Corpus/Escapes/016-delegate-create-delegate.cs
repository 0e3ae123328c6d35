// expect: RCX0001
// Tries: binds a delegate to a method by name with Delegate.CreateDelegate.
using System;

public sealed class Bot
{
    public void Run()
    {
    }

    public void Act()
    {
        var d = (Action)Delegate.CreateDelegate(typeof(Action), this, "Run");
        d();
    }
}
