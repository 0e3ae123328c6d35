// expect: RCX0303
// Tries: a verbatim identifier for the first segment of a namespace under System.
namespace @System.Collections.Mine
{
    public sealed class Bag
    {
        public int Count => 0;
    }
}

public sealed class Bot
{
    public int Act() => new System.Collections.Mine.Bag().Count;
}
