// expect: RCX0001
// Tries: carries System.Type inside a tuple.
public sealed class Bot
{
    public int Act()
    {
        (int Score, System.Type? Kind) pair = (1, null);
        return pair.Score;
    }
}
