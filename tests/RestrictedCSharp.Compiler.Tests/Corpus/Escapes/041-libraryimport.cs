// expect: RCX0108
// Tries: calls into libc with LibraryImport.
using System.Runtime.InteropServices;

public sealed partial class Bot
{
    [LibraryImport("libc", EntryPoint = "getpid")]
    private static partial int GetPid();

    public int Act() => GetPid();
}
