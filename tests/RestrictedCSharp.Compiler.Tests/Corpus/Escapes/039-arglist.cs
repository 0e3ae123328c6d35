// expect: RCX0106
// Tries: declares a varargs method with __arglist.
public sealed class Bot
{
    private static int Count(__arglist) => 0;

    public int Act() => Count(__arglist(1, 2, 3));
}
