// expect: RCX0001
// Tries: calls the denied API in an auto-property initializer.
public sealed class Bot
{
    public string Host { get; } = System.IO.File.ReadAllText("/etc/hostname");

    public string Act() => Host;
}
