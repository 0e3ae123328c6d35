// expect: RCX0001
// Tries: disables every warning with a bare #pragma warning disable.
#pragma warning disable

public sealed class Bot
{
    public int Act() => System.Environment.ProcessorCount;
}
