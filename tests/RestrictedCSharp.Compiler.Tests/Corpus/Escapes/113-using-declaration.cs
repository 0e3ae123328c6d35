// expect: RCX0001
// Tries: creates a denied disposable with a using declaration.
public sealed class Bot
{
    public long Act()
    {
        using var stream = new System.IO.MemoryStream();
        return stream.Length;
    }
}
