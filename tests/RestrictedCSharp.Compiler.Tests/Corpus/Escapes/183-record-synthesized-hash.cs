// expect: RCX0401
// Tries: a record's compiler-generated GetHashCode, which hashes its EqualityContract (a Type) and its strings.
public sealed record Unit(string Name, int Hp);

public sealed class Bot
{
    public int Act(int turn) => new Unit("scout", turn).GetHashCode() & 3;
}
