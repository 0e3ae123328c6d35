// expect: RCX0204
// Tries: applies SkipLocalsInit to the whole module.
[module: System.Runtime.CompilerServices.SkipLocalsInit]

public sealed class Bot
{
    public int Act() => 1;
}
