// expect: RCX1009
// Tries: occupies the validator for minutes with nested lambdas passed to overloaded methods (binding is exponential in the depth).
using System;

public static class Bot
{
    static int M(Func<int, int> f) => f(1);
    static int M(Func<string, int> f) => f("");
    static int M(Func<long, int> f) => f(1L);

    public static int Act() => M(a => M(b => M(c => M(d => M(e => M(f => M(g => M(h => M(i => M(j => M(k => M(l => M(m => M(n => 0))))))))))))));
}
