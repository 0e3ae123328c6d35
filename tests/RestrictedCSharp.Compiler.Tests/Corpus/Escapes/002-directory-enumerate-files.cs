// expect: RCX0001
// Tries: lists the host's root directory with Directory.EnumerateFiles.
using System.IO;
using System.Linq;

public sealed class Bot
{
    public int Act() => Directory.EnumerateFiles("/").Count();
}
