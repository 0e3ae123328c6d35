namespace RestrictedCSharp.Cli;

/// <summary>The exit codes of rcsc.</summary>
internal static class ExitCodes
{
    /// <summary>The submission is accepted, or the command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The submission is rejected.</summary>
    public const int Rejected = 1;

    /// <summary>Bad usage or unreadable input: nothing was judged.</summary>
    public const int UsageOrInput = 2;

    /// <summary>The bot ran, and at least one call ended in something other than <c>ok</c>.</summary>
    public const int CallFailed = 3;
}
