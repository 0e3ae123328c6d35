// expect: RCX0103
// Tries: declares a fixed-size buffer in a struct.

public unsafe struct Scratch
{
    public fixed int Cells[64];
}

public sealed class Bot
{
    public int Act() => 1;
}
