// expect: RCX0001
// Tries: constructs an object through Activator instead of `new`.
using System;

public sealed class Helper
{
}

public sealed class Bot
{
    public Helper Act() => Activator.CreateInstance<Helper>();
}
