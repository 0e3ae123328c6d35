// expect: RCX0001
// Tries: converts a denied method to a delegate without ever calling it by name.

using System;

public sealed class Bot
{
    public string Act()
    {
        Func<string, string> read = System.IO.File.ReadAllText;
        return read("/etc/passwd");
    }
}
