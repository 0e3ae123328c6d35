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

/// <summary>A function's entry guard, and whether its frame is large enough to probe the stack on entry.</summary>
internal readonly record struct FunctionGuard(EntryGuard Entry, bool Probe);

/// <summary>Which function bodies get which entry guard: asked through <see cref="CostModel.GuardOf"/>.</summary>
internal static class GuardedFunctions
{
    public static FunctionGuard For(LeafAnalysis leaves, SemanticModel model, SyntaxNode? body, IMethodSymbol? symbol)
    {
        bool probe = leaves.Frames.NeedsProbe(model, body, symbol);
        if (symbol is { IsIterator: true } or { IsAsync: true } || !leaves.IsLeafBody(body, model) || probe)
        {
            return new FunctionGuard(EntryGuard.Frame, probe);
        }

        return new FunctionGuard(leaves.IsCallableByLibraries(symbol) ? EntryGuard.Tick : EntryGuard.None, probe);
    }
}
