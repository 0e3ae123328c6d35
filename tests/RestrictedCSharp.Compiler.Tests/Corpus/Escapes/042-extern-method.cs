// expect: RCX0107
// Tries: declares an extern method with no import attribute.
public sealed class Bot
{
    private static extern int Mystery();

    public int Act() => 1;
}
