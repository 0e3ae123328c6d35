// expect: RCX0401
// Tries: decides a move from a string's hash code, which .NET seeds differently in every process.
public sealed class Bot
{
    public int Act(string name) => name.GetHashCode() & 3;
}
