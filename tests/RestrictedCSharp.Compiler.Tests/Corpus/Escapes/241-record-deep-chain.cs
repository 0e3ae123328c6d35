// expect: RCX0510
// Tries: a chain of three million records compared with `==`: the generated Equals recurses past the stack and kills the runner.

public sealed record Link(int Value, Link? Next);

public sealed class Bot
{
    public bool Act()
    {
        Link? a = null, b = null;
        for (var i = 0; i < 3_000_000; i++) { a = new Link(i, a); b = new Link(i, b); }
        return a == b;
    }
}
