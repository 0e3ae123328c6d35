// expect: RCX0001
// Tries: gets a MethodInfo from a delegate's Method property.
using System;

public sealed class Bot
{
    public string Act()
    {
        Func<int> f = () => 1;
        return f.Method.Name;
    }
}
