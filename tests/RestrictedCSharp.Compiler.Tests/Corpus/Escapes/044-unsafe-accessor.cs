// expect: RCX0202
// Tries: reads a List<T>'s private field with [UnsafeAccessor].
using System.Collections.Generic;
using System.Runtime.CompilerServices;

public static class Peek
{
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_items")]
    public static extern ref int[] Items(List<int> list);
}

public sealed class Bot
{
    public int Act() => 1;
}
