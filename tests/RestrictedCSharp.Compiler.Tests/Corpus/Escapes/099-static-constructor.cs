// expect: RCX0001
// Tries: calls the denied API in a static constructor.
public sealed class Bot
{
    private static readonly int Cores;

    static Bot()
    {
        Cores = System.Environment.ProcessorCount;
    }

    public int Act() => Cores;
}
