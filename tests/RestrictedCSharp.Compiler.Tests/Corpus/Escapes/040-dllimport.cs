// expect: RCX0107, RCX0108
// Tries: calls into libc with DllImport.
using System.Runtime.InteropServices;

public sealed class Bot
{
    [DllImport("libc", EntryPoint = "getpid")]
    private static extern int GetPid();

    public int Act() => GetPid();
}
