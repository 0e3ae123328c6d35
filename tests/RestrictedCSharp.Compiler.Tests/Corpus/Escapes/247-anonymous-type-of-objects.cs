// expect: RCX0511
// Tries: anonymous types get compiler-generated Equals too: a DAG of them through `object` members.

public sealed class Bot
{
    public bool Act()
    {
        object a = 0, b = 0;
        for (var i = 0; i < 64; i++) { a = new { L = a, R = a }; b = new { L = b, R = b }; }
        return a.Equals(b);
    }
}
