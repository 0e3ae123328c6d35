// expect: RCX0106
// Tries: builds a TypedReference with __makeref.
public sealed class Bot
{
    public int Act()
    {
        int x = 5;
        var r = __makeref(x);
        return __refvalue(r, int);
    }
}
