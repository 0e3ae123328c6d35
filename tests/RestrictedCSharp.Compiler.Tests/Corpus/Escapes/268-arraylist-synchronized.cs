// expect: RCX0001
// Tries: wraps a non-generic collection for other threads.
public sealed class Bot
{
    public int Act() => System.Collections.ArrayList.Synchronized(new System.Collections.ArrayList()).Count;
}
