// expect: RCX0302
// Tries: declares an identifier with the rewriter's reserved prefix.
public sealed class Bot
{
    public int Act()
    {
        var __rcx_tick = 0;
        return __rcx_tick;
    }
}
