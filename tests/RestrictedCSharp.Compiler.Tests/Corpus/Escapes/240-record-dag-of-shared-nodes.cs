// expect: RCX0510
// Tries: a record tree whose 64 levels share one child, so the compiler-generated Equals makes 2^64 calls without a tick.

public sealed record Node(Node? Left, Node? Right);

public sealed class Bot
{
    public bool Act()
    {
        Node a = new(null, null), b = new(null, null);
        for (var i = 0; i < 64; i++) { a = new Node(a, a); b = new Node(b, b); }
        return a.Equals(b);
    }
}
