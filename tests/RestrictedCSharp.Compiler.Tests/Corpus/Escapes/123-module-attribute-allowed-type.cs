// expect: RCX0207
// Tries: applies an attribute the rules do not allow at assembly level (it changes how the runtime runs the bot).

[assembly: System.Runtime.Versioning.TargetFramework(".NETCoreApp,Version=v1.0")]

public sealed class Bot
{
    public int Act() => 1;
}
