// expect: RCX0112
// Tries: uses a lock statement.
public sealed class Bot
{
    private readonly object _gate = new();
    private int _count;

    public int Act()
    {
        lock (_gate)
        {
            return ++_count;
        }
    }
}
