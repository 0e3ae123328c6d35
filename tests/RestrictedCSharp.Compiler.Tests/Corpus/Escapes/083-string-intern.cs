// expect: RCX0001
// Tries: writes to the process-wide intern pool.
public sealed class Bot
{
    public string Act() => string.Intern("shared");
}
