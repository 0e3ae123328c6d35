// expect: RCX0401
// Tries: GetHashCode on a type parameter, which a string (or any object) can stand for.
public sealed class Bot
{
    private static int Hash<T>(T value) => value!.GetHashCode();

    public int Act() => Hash("north") & 3;
}
