// expect: RCX0001
// Tries: creates a denied disposable with a using declaration.
public sealed class Bot
{
    public long Act()
    {
        using var writer = new System.IO.StringWriter();
        return writer.ToString().Length;
    }
}
