using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// The rewriter failed its own validation: a bug in the rewriter, never the bot's fault. The
/// submission must not run; the message says where the rewritten tree went wrong, and
/// <see cref="Diagnostic"/> is the refusal the author sees (RCX2001).
/// </summary>
public sealed class GuardRewriteException : Exception
{
    /// <summary>Creates the exception with a message that names the file and the difference.</summary>
    public GuardRewriteException(string message)
        : this(message, location: null)
    {
    }

    /// <summary>Creates the exception with a message and, when known, where in the original source the rewrite went wrong.</summary>
    public GuardRewriteException(string message, Location? location, Exception? innerException = null)
        : base(message, innerException)
    {
        Diagnostic = Diagnostic.Create(RewriteDiagnostics.RewriteFailed, location ?? Location.None, message);
    }

    /// <summary>The refusal to report: RCX2001, with this exception's message for the operator's bug report.</summary>
    public Diagnostic Diagnostic { get; }
}
