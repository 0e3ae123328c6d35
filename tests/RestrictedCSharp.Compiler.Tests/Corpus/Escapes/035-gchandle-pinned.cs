// expect: RCX0001
// Tries: pins an object with GCHandle to learn its address.
using System.Runtime.InteropServices;

public sealed class Bot
{
    public bool Act()
    {
        var h = GCHandle.Alloc(new byte[16], GCHandleType.Pinned);
        return h.AddrOfPinnedObject() != 0;
    }
}
