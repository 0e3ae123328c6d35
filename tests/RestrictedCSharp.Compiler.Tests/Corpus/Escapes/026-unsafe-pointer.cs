// expect: RCX0101, RCX0102
// Tries: reads memory through a pointer in an unsafe block.
public sealed class Bot
{
    public int Act()
    {
        int x = 1;
        unsafe
        {
            int* p = &x;
            return p[1000];
        }
    }
}
