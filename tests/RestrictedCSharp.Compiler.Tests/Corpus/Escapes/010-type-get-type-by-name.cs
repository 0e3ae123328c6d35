// expect: RCX0001
// Tries: loads a type by name with Type.GetType(string).
using System;

public sealed class Bot
{
    public bool Act() => Type.GetType("System.IO.File, System.Private.CoreLib") is not null;
}
