// expect: RCX0001
// Tries: hides the denied call in an implicit conversion operator on a bot type.
public readonly struct Path
{
    public Path(string value) => Value = value;

    public string Value { get; }

    public static implicit operator string(Path p) => System.IO.File.ReadAllText(p.Value);
}

public sealed class Bot
{
    public string Act()
    {
        string text = new Path("/etc/passwd");
        return text;
    }
}
