// expect: RCX0109
// Tries: runs code on the finalizer thread, outside the guards.
public sealed class Bot
{
    public static int Collected;

    ~Bot()
    {
        Collected++;
    }

    public int Act() => Collected;
}
