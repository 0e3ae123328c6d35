// expect: RCX0001
// Tries: keeps a System.Type from GetType() outside a comparison.
public sealed class Bot
{
    private object? kind;

    public int Act()
    {
        kind = GetType();
        return kind.ToString()!.Length;
    }
}
