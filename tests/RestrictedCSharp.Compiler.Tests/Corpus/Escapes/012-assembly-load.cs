// expect: RCX0001
// Tries: loads another assembly at run time with Assembly.Load.
public sealed class Bot
{
    public int Act() => System.Reflection.Assembly.Load("System.Diagnostics.Process").GetTypes().Length;
}
