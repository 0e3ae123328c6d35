// expect: RCX0001
// Tries: calls File.ReadAllText through `using static`, without writing the type name at the call.
using static System.IO.File;

public sealed class Bot
{
    public string Act() => ReadAllText("/proc/self/environ");
}
