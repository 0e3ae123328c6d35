// expect: RCX0101, RCX0102
// Tries: declares an unsafe method that takes a pointer.
public sealed class Bot
{
    private static unsafe int Peek(int* p) => *p;

    public int Act() => 0;
}
