// expect: RCX0101
// Tries: declares a pointer alias with C# 12 `using unsafe`.

using unsafe Address = int*;

public sealed class Bot
{
    public int Act() => 1;
}
