// expect: RCX0001
// Tries: hides MethodBase.Invoke behind a generic helper constrained to MethodBase.
public static class Call
{
    public static object? Invoke<TMethod>(TMethod method) where TMethod : System.Reflection.MethodBase => method.Invoke(null, null);
}

public sealed class Bot
{
    public int Act() => 1;
}
