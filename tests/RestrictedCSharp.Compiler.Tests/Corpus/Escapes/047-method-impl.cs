// expect: RCX0205
// Tries: changes how the runtime compiles a method with [MethodImpl].
using System.Runtime.CompilerServices;

public sealed class Bot
{
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
    public int Act() => 1;
}
