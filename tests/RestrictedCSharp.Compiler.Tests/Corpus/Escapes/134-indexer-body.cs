// expect: RCX0001
// Tries: hides the denied call in an indexer.

public sealed class Bot
{
    public string this[string name] => System.Environment.GetEnvironmentVariable(name) ?? "";

    public string Act() => this["HOME"];
}
