// expect: RCX0520
// Tries: a virtual library member called on base without arguments: base cannot be wrapped and no argument can carry the charge, so each copy of the stream would cost one tick.
using System.IO;

public sealed class Tape : MemoryStream
{
    public Tape() : base(new byte[4_000_000]) { }

    public override byte[] ToArray() => base.ToArray();
}

public sealed class Bot
{
    public int Act()
    {
        var tape = new Tape();
        int total = 0;
        for (int i = 0; i < 100_000; i++) total += tape.ToArray().Length;
        return total;
    }
}
