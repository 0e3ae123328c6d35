// expect: RCX0304
// Tries: an extern alias named like the runtime's root namespace.
extern alias System;

public sealed class Bot
{
    public int Act() => 1;
}
