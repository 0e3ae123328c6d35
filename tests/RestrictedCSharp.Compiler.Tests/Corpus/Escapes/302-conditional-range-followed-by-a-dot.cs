// expect: RCX0520
// Tries: a range over a string reached through ?.: the copy a[1..] makes cannot be charged where the binding stands.
public sealed class Note
{
    public string Text = new string('a', 1_000_000);
}

public sealed class Bot
{
    private readonly Note _note = new Note();

    public int Act()
    {
        int total = 0;
        for (int i = 0; i < 100_000; i++) total += _note?.Text[1..].Length ?? 0;
        return total;
    }
}
