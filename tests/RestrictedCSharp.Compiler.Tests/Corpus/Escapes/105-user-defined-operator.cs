// expect: RCX0001
// Tries: hides the denied call in a user-defined operator.
public readonly record struct Score(int Value)
{
    public static Score operator +(Score a, Score b)
    {
        System.Environment.Exit(a.Value + b.Value);
        return a;
    }
}

public sealed class Bot
{
    public Score Act() => new Score(1) + new Score(2);
}
