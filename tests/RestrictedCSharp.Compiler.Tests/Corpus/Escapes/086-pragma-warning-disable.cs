// expect: RCX0001
// Tries: hides the diagnostic with #pragma warning disable.
public sealed class Bot
{
#pragma warning disable RCX0001
    public void Act() => System.Console.WriteLine("hidden");
#pragma warning restore RCX0001
}
