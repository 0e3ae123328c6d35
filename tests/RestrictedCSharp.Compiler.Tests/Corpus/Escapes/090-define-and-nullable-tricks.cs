// expect: RCX0001
// Tries: hides the call behind #define, #if and #nullable directives.
#define SUBMITTED
#nullable disable

public sealed class Bot
{
#if SUBMITTED && !DEBUG
    public string Act() => System.Environment.MachineName;
#else
    public string Act() => "";
#endif
}
