// expect: RCX0003
// Tries: hides System.Type inside a generic alias.

using Kinds = System.Collections.Generic.List<System.Type>;

public sealed class Bot
{
    public int Act() => new Kinds().Count;
}
