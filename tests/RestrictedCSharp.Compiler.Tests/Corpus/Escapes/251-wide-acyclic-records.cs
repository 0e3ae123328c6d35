// expect: RCX0510
// Tries: no type reaches itself, but each level has two parts of the next: one Equals walks 2^6 parts for one tick.

public sealed record L0(int A, int B);
public sealed record L1(L0 A, L0 B);
public sealed record L2(L1 A, L1 B);
public sealed record L3(L2 A, L2 B);
public sealed record L4(L3 A, L3 B);
public sealed record L5(L4 A, L4 B);

public sealed class Bot
{
    public bool Act(L5 a, L5 b) => a == b;
}
