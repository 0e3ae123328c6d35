namespace RestrictedCSharp.Protocol;

/// <summary>How a runner process ends: the runner returns these, the host reads them when the pipe closes.</summary>
public static class RunnerExitCodes
{
    public const int Clean = 0;
    public const int InternalError = 1;
    public const int ProtocolError = 2;
    public const int SandboxUnavailable = 3;
    public const int BadUsage = 4;

    /// <summary>The bot exhausted the managed heap; the process exits after reporting it because the heap may be poisoned.</summary>
    public const int MemoryLimit = 5;

    /// <summary>The guards parked the bot thread; the trip was reported and the process must be replaced.</summary>
    public const int Parked = 6;
}
