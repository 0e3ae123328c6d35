// expect: RCX0302
// Tries: spells a reserved identifier with Unicode escapes.

public sealed class Bot
{
    public int Act()
    {
        var \u005F\u005Frcx_depth = 3;
        return __rcx_depth;
    }
}
