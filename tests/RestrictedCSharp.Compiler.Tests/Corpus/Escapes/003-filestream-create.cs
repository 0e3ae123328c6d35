// expect: RCX0001
// Tries: writes a file through new FileStream.
using System.IO;

public sealed class Bot
{
    public void Act()
    {
        var stream = new FileStream("/tmp/owned", FileMode.Create);
        stream.WriteByte(42);
    }
}
