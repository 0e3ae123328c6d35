// expect: RCX0302
// Tries: declares a field that shadows a name the rewriter inserts.
public sealed class Bot
{
    private static int __rcxDepth;

    public int Act() => __rcxDepth;
}
