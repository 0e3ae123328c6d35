// expect: RCX0004
// Tries: runs its own delegate type asynchronously through the runtime-provided BeginInvoke/EndInvoke.
using System;

public delegate int Step(int x);

public sealed class Bot
{
    public int Act(int x)
    {
        Step step = v => v + 1;
        var pending = step.BeginInvoke(x, null, null);
        return step.EndInvoke(pending);
    }
}
