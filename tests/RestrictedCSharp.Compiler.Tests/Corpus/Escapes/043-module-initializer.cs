// expect: RCX0201
// Tries: runs code when the assembly loads with [ModuleInitializer].
using System.Runtime.CompilerServices;

public static class Boot
{
    public static int Runs;

    [ModuleInitializer]
    internal static void Init() => Runs++;
}

public sealed class Bot
{
    public int Act() => Boot.Runs;
}
