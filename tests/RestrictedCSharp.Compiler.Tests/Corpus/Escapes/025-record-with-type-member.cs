// expect: RCX0001
// Tries: declares a record whose positional member is a System.Type.
public sealed record Info(System.Type Kind);

public sealed class Bot
{
    public int Act() => 1;
}
