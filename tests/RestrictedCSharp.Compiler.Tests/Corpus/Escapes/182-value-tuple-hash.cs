// expect: RCX0401
// Tries: a value tuple's hash code, which goes through HashCode and the string's per-process seed.
public sealed class Bot
{
    public int Act(int turn) => (turn, "north").GetHashCode() & 3;
}
