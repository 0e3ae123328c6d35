// expect: RCX0510
// Tries: a record holds an interface it implements itself, so the cycle hides behind the interface type.

public interface IPiece { }

public sealed record Piece(IPiece? Left, IPiece? Right) : IPiece;

public sealed class Bot
{
    public bool Act()
    {
        IPiece a = new Piece(null, null), b = new Piece(null, null);
        for (var i = 0; i < 64; i++) { a = new Piece(a, a); b = new Piece(b, b); }
        return a.Equals(b);
    }
}
