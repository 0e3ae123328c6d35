// expect: RCX0001
// Tries: queries a denied enumerable with query syntax.
using System.IO;
using System.Linq;

public sealed class Bot
{
    public int Act() => (from file in Directory.EnumerateFiles("/etc") select file).Count();
}
