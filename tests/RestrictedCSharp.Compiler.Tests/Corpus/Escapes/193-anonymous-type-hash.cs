// expect: RCX0401
// Tries: an anonymous type's compiler-generated GetHashCode over a string.
public sealed class Bot
{
    public int Act(int turn) => new { Turn = turn, Name = "north" }.GetHashCode() & 3;
}
