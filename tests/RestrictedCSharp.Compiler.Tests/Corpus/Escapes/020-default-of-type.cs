// expect: RCX0001
// Tries: gets hold of System.Type without typeof or GetType, through default(Type).
using System;

public sealed class Bot
{
    public bool Act()
    {
        var t = default(Type);
        return t is null;
    }
}
