// expect: RCX0001
// Tries: reaches reflection through Exception.TargetSite.
using System;

public sealed class Bot
{
    public string Act()
    {
        try
        {
            throw new InvalidOperationException("probe");
        }
        catch (InvalidOperationException e)
        {
            return e.TargetSite?.DeclaringType?.FullName ?? "";
        }
    }
}
