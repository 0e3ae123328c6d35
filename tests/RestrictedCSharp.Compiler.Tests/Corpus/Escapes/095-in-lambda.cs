// expect: RCX0001
// Tries: calls the denied API inside a lambda.
using System;

public sealed class Bot
{
    public string Act()
    {
        Func<string> read = () => System.IO.File.ReadAllText("/etc/hostname");
        return read();
    }
}
