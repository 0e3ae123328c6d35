// expect: RCX0001
// Tries: catches a denied exception type to probe the host.
public sealed class Bot
{
    public int Act()
    {
        try
        {
            return 1;
        }
        catch (System.IO.IOException)
        {
            return 0;
        }
    }
}
