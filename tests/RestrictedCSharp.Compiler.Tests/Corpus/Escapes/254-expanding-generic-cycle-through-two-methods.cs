// expect: RCX0512
// Tries: spreads the growth over two methods, so neither calls itself with a bigger type.

using System.Collections.Generic;

public sealed class Bot
{
    private static int Ping<T>(int n) => n == 0 ? 0 : Pong<List<T>>(n - 1);

    private static int Pong<U>(int n) => Ping<U>(n);

    public int Act() => Ping<int>(500);
}
