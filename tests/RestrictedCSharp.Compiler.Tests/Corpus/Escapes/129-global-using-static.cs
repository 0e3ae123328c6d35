// expect: RCX0001
// Tries: imports a denied type's members for every file with `global using static`.

global using static System.Environment;

public sealed class Bot
{
    public int Act() => ProcessorCount;
}
