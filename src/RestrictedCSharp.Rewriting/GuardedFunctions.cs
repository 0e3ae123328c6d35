using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Rewriting;

/// <summary>The guard a function gets at its entry.</summary>
internal enum EntryGuard
{
    /// <summary>None: a leaf that only the bot's own code calls, directly (see <see cref="LeafAnalysis"/>).</summary>
    None,

    /// <summary>A tick and no frame: a leaf that a library may call, in a loop the meter cannot see.</summary>
    Tick,

    /// <summary>A tick and a counted frame (<c>Enter</c> … <c>finally Exit</c>); a large frame also probes the stack.</summary>
    Frame,
}

/// <summary>Which function bodies get which entry guard.</summary>
internal static class GuardedFunctions
{
    public static EntryGuard For(LeafAnalysis leaves, SemanticModel model, SyntaxNode? body, IMethodSymbol? symbol)
    {
        if (symbol is { IsIterator: true } or { IsAsync: true } || !leaves.IsLeafBody(body, model) || leaves.Frames.NeedsProbe(model, body, symbol))
        {
            return EntryGuard.Frame;
        }

        return leaves.IsCallableByLibraries(symbol) ? EntryGuard.Tick : EntryGuard.None;
    }

    public static bool NeedsGuard(LeafAnalysis leaves, SemanticModel model, SyntaxNode? body, IMethodSymbol? symbol)
        => For(leaves, model, body, symbol) != EntryGuard.None;
}
