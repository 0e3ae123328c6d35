// expect: RCX0001
// Tries: hides the denied call from debuggers and maps with `#line hidden`.

public sealed class Bot
{
    public void Act()
    {
#line hidden
        System.Environment.Exit(0);
#line default
    }
}
