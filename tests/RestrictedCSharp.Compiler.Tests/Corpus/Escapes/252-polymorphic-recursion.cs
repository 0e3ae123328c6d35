// expect: RCX0512
// Tries: a generic method that calls itself with a bigger type argument: each round loads a new instantiation, native memory no budget sees.

using System.Collections.Generic;

public sealed class Bot
{
    private static int Grow<T>(int n) => n == 0 ? 0 : Grow<List<T>>(n - 1) + Grow<T[]>(n - 1);

    public int Act() => Grow<int>(40);
}
