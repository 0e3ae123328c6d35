// expect: RCX0001
// Tries: reinterprets a reference with Unsafe.As.
using System.Runtime.CompilerServices;

public sealed class Bot
{
    public string Act()
    {
        object o = new int[4];
        return Unsafe.As<object, string>(ref o);
    }
}
