using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Rewriting;

/// <summary>Which function bodies get an entry guard: all but leaves (see <see cref="LeafAnalysis"/>).</summary>
internal static class GuardedFunctions
{
    public static bool NeedsGuard(LeafAnalysis leaves, SemanticModel model, SyntaxNode? body, IMethodSymbol? symbol)
        => symbol is { IsIterator: true } or { IsAsync: true } || !leaves.IsLeafBody(body, model);
}
