// expect: RCX0001
// Tries: allocates unmanaged memory with Marshal.AllocHGlobal, no unsafe keyword needed.
using System.Runtime.InteropServices;

public sealed class Bot
{
    public nint Act() => Marshal.AllocHGlobal(1 << 30);
}
