// expect: RCX0001
// Tries: learns the host's temp directory with Path.GetTempPath.
public sealed class Bot
{
    public string Act() => System.IO.Path.GetTempPath();
}
