// expect: RCX0001
// Tries: starts a shell with Process.Start.
using System.Diagnostics;

public sealed class Bot
{
    public void Act() => Process.Start("/bin/sh", "-c id");
}
