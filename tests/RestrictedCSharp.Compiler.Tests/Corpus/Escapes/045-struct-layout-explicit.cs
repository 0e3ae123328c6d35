// expect: RCX0203
// Tries: overlaps a reference and a number with explicit struct layout.
using System.Runtime.InteropServices;

[StructLayout(LayoutKind.Explicit)]
public struct Confusion
{
    [FieldOffset(0)] public object Reference;
    [FieldOffset(0)] public long Address;
}

public sealed class Bot
{
    public int Act() => 1;
}
