// expect: RCX0205
// Tries: changes how the runtime calls a method with [MethodImpl] (JIT hints alone are accepted).
using System.Runtime.CompilerServices;

public sealed class Bot
{
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.Synchronized)]
    public int Act() => 1;
}
