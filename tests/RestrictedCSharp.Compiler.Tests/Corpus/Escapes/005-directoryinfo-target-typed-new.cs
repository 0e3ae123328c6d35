// expect: RCX0001
// Tries: creates a DirectoryInfo with a target-typed new, never naming its constructor.
using System.IO;

public sealed class Bot
{
    public bool Act()
    {
        DirectoryInfo home = new("/home");
        return home.Exists;
    }
}
