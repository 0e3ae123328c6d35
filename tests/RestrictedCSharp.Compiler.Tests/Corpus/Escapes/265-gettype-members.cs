// expect: RCX0001
// Tries: asks a GetType() result for its members (reflection).
public sealed class Bot
{
    public int Act() => GetType().GetMethods().Length;
}
