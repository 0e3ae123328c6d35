// expect: RCX0001
// Tries: reaches System.IO.File through a harmless-looking alias.
using Board = System.IO.File;

public sealed class Bot
{
    public bool Act() => Board.Exists("/etc/shadow");
}
