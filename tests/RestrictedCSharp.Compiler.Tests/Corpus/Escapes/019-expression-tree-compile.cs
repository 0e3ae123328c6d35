// expect: RCX0001
// Tries: compiles an expression tree to run generated code.
using System;
using System.Linq.Expressions;

public sealed class Bot
{
    public int Act()
    {
        Expression<Func<int>> e = () => 41 + 1;
        return e.Compile()();
    }
}
