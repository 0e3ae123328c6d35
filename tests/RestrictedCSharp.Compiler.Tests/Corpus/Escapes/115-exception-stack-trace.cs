// expect: RCX0001
// Tries: reads the host's stack trace from an exception.
using System;

public sealed class Bot
{
    public string Act()
    {
        try
        {
            throw new InvalidOperationException();
        }
        catch (InvalidOperationException e)
        {
            return e.StackTrace ?? "";
        }
    }
}
