// expect: RCX0001
// Tries: walks into reflection through object.GetType().
public sealed class Bot
{
    public string Act(object state) => state.GetType().Assembly.Location;
}
