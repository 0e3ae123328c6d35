// expect: RCX0001
// Tries: calls the denied API in a static field initializer.
public sealed class Bot
{
    private static readonly string? Home = System.Environment.GetEnvironmentVariable("HOME");

    public string? Act() => Home;
}
