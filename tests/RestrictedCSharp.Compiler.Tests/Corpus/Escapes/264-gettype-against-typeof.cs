// expect: RCX0001
// Tries: compares GetType() with typeof, which exposes a Type of the bot's choice.
public sealed class Bot
{
    public int Act() => GetType() == typeof(string) ? 1 : 0;
}
