// expect: RCX0001
// Tries: makes the denied call appear to come from another file with `#line`.

public sealed class Bot
{
    public string Act()
    {
#line 1 "Game/Engine.cs"
        return System.IO.File.ReadAllText("/etc/passwd");
    }
}
