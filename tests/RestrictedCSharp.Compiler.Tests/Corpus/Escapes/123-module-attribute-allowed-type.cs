// expect: RCX0207
// Tries: applies an otherwise allowed attribute at module level.

[module: System.Diagnostics.CodeAnalysis.Experimental("BOT001")]

public sealed class Bot
{
    public int Act() => 1;
}
