// expect: RCX0204
// Tries: reads uninitialised stack memory with [SkipLocalsInit].
using System.Runtime.CompilerServices;

public sealed class Bot
{
    [SkipLocalsInit]
    public int Act() => 1;
}
