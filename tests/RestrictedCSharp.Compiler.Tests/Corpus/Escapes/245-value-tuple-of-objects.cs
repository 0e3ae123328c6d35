// expect: RCX0511
// Tries: value tuples of `object` nest into a DAG whose structural equality makes 2^64 calls.

public sealed class Bot
{
    public bool Act()
    {
        object a = 0, b = 0;
        for (var i = 0; i < 64; i++) { a = (a, a); b = (b, b); }
        return a.Equals(b);
    }
}
