// expect: RCX0207
// Tries: opens the bot's internals to another assembly with an assembly attribute.
[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Host")]

public sealed class Bot
{
    public int Act() => 1;
}
