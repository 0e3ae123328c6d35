// expect: RCX0001, RCX0101
// Tries: allocates unmanaged memory with NativeMemory.Alloc.
using System.Runtime.InteropServices;

public sealed class Bot
{
    public unsafe void Act()
    {
        void* p = NativeMemory.Alloc(1 << 30);
        NativeMemory.Free(p);
    }
}
