namespace RestrictedCSharp.Rewriting;

/// <summary>
/// The rewriter failed its own validation: a bug in the rewriter, never the bot's fault. The
/// submission must not run; the message says where the rewritten tree went wrong.
/// </summary>
public sealed class GuardRewriteException : Exception
{
    /// <summary>Creates the exception with a message that names the file and the difference.</summary>
    public GuardRewriteException(string message)
        : base(message)
    {
    }
}
