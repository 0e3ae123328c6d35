// expect: RCX0001
// Tries: iterates a denied enumerable with foreach.
using System.IO;

public sealed class Bot
{
    public int Act()
    {
        var count = 0;
        foreach (var line in File.ReadLines("/etc/passwd"))
        {
            count += line.Length;
        }

        return count;
    }
}
