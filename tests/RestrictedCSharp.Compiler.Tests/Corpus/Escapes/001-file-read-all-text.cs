// expect: RCX0001
// Tries: reads a host file with File.ReadAllText.
using System.IO;

public sealed class Bot
{
    public string Act() => File.ReadAllText("/etc/passwd");
}
