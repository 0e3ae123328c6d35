// expect: RCX0206
// Tries: puts a huge value on the stack with [InlineArray].
using System.Runtime.CompilerServices;

[InlineArray(1_000_000)]
public struct Huge
{
    private int _element;
}

public sealed class Bot
{
    public int Act() => 1;
}
