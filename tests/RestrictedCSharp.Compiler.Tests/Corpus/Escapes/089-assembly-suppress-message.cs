// expect: RCX0001, RCX0207
// Tries: hides the diagnostic with an assembly-level [SuppressMessage].
[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage("RestrictedCSharp", "RCX0001", Scope = "member", Target = "~M:Bot.Act")]

public sealed class Bot
{
    public void Act() => System.Environment.Exit(3);
}
