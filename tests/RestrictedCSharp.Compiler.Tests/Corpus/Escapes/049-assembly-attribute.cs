// expect: RCX0207
// Tries: grants the guard runtime's assembly name access to internals with an assembly attribute.
[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("RestrictedCSharp.Guards")]

public sealed class Bot
{
    public int Act() => 1;
}
