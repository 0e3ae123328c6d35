// expect: RCX0001
// Tries: hooks process exit through AppDomain.CurrentDomain.
using System;

public sealed class Bot
{
    public void Act() => AppDomain.CurrentDomain.ProcessExit += (_, _) => { };
}
