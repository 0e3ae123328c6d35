// expect: RCX0001
// Tries: calls a private method through typeof(...).GetMethod and Invoke.
using System.Reflection;

public sealed class Bot
{
    private static int Secret() => 42;

    public object? Act() => typeof(Bot).GetMethod("Secret", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, null);
}
