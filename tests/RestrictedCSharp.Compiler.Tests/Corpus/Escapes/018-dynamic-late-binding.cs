// expect: RCX0110
// Tries: uses `dynamic` to bind members through reflection at run time.
public sealed class Bot
{
    public object Act(object state)
    {
        dynamic d = state;
        return d.Secret;
    }
}
