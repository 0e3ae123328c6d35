// expect: RCX0001
// Tries: hides the diagnostic with [SuppressMessage] on the method.
using System.Diagnostics.CodeAnalysis;

public sealed class Bot
{
    [SuppressMessage("RestrictedCSharp", "RCX0001")]
    public string Act() => System.IO.File.ReadAllText("/etc/hosts");
}
