// expect: RCX0001
// Tries: writes to the console, which carries the runner's protocol.
using System;

public sealed class Bot
{
    public void Act() => Console.WriteLine("{\"move\":\"win\"}");
}
