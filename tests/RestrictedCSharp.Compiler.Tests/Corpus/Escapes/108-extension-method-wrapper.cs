// expect: RCX0001
// Tries: wraps the denied call in an extension method on string.
public static class Extensions
{
    public static void Delete(this string path) => System.IO.File.Delete(path);
}

public sealed class Bot
{
    public void Act() => "/tmp/x".Delete();
}
