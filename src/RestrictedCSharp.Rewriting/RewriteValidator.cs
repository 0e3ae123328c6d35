using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// The rewriter's last step: proves that it only added guards. Stripping the guards from the
/// rewritten tree must give back the original (with expression bodies in block form, the one
/// change that carries no guard), and the rewritten text must have the original's line count.
/// </summary>
internal static class RewriteValidator
{
    public static void Validate(SyntaxTree original, SemanticModel model, SyntaxNode rewrittenRoot, LeafAnalysis leaves)
    {
        var expected = ExpressionBodyExpander.Expand(original.GetRoot(), model, leaves);
        var stripped = GuardStripper.Strip(rewrittenRoot);
        if (FindDifference(expected, stripped) is { } difference)
        {
            throw new GuardRewriteException(
                $"Internal error in the guard rewriter: the guarded form of '{original.FilePath}' differs from the original in more than its guards. {difference}");
        }

        int originalLines = original.GetText().Lines.Count;
        var text = rewrittenRoot.GetText();
        if (text.Lines.Count != originalLines)
        {
            throw new GuardRewriteException(
                $"Internal error in the guard rewriter: the guarded form of '{original.FilePath}' has {text.Lines.Count} lines, the original {originalLines}.");
        }
    }

    /// <summary>
    /// Compares two trees node by node and token by token, ignoring trivia (how lists are stored
    /// internally does not matter, only what they hold). Returns the first difference, or null.
    /// </summary>
    internal static string? FindDifference(SyntaxNode expected, SyntaxNode actual)
    {
        var pending = new Stack<(SyntaxNodeOrToken Expected, SyntaxNodeOrToken Actual)>();
        pending.Push((expected, actual));
        while (pending.Count > 0)
        {
            var (e, a) = pending.Pop();
            if (e.RawKind != a.RawKind || (e.IsToken && e.AsToken().Text != a.AsToken().Text))
            {
                var line = e.GetLocation()?.GetLineSpan().StartLinePosition.Line + 1;
                return $"Near original line {line}: expected {e.Kind()} '{Shorten(e)}', found {a.Kind()} '{Shorten(a)}'.";
            }

            if (e.IsNode)
            {
                var expectedChildren = e.ChildNodesAndTokens();
                var actualChildren = a.ChildNodesAndTokens();
                if (expectedChildren.Count != actualChildren.Count)
                {
                    var line = e.GetLocation()?.GetLineSpan().StartLinePosition.Line + 1;
                    return $"Near original line {line}: {e.Kind()} '{Shorten(e)}' became '{Shorten(a)}'.";
                }

                for (int i = expectedChildren.Count - 1; i >= 0; i--)
                {
                    pending.Push((expectedChildren[i], actualChildren[i]));
                }
            }
        }

        return null;
    }

    private static string Shorten(SyntaxNodeOrToken item)
    {
        var text = item.ToString().ReplaceLineEndings(" ");
        return text.Length <= 80 ? text : text[..77] + "...";
    }
}
