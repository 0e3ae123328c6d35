using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// The rewriter's last step: proves that it only added guards. The rewritten text must parse, and the
/// tree built node by node must hold no binding outside its conditional access (what no parser would
/// make, which the compiler does not expect and may crash on); stripping the guards from
/// the rewritten tree must give back the original (with expression bodies in block form, the one
/// change that carries no guard); and the rewritten text must have the original's line count.
/// </summary>
internal static class RewriteValidator
{
    public static void Validate(SyntaxTree original, SemanticModel model, SyntaxNode rewrittenRoot, IReadOnlySet<SyntaxNode> expandedBodies)
    {
        if (FindParseError(original, rewrittenRoot) is { } error)
        {
            throw new GuardRewriteException(
                $"Internal error in the guard rewriter: the guarded form of '{original.FilePath}' does not parse. {error}");
        }

        var expected = ExpressionBodyExpander.Expand(original.GetRoot(), model, expandedBodies);
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
    /// Parses the rewritten text again, with the original's options, and looks in the tree that was built for a
    /// member or element binding outside the conditional access it belongs to (which the text alone might not
    /// show the same way). Returns the first problem, or null.
    /// </summary>
    internal static string? FindParseError(SyntaxTree original, SyntaxNode rewrittenRoot)
    {
        var reparsed = CSharpSyntaxTree.ParseText(rewrittenRoot.ToFullString(), (CSharpParseOptions)original.Options, original.FilePath);
        if (reparsed.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } syntaxError)
        {
            var line = syntaxError.Location.GetLineSpan().StartLinePosition.Line + 1;
            return $"Line {line}: {syntaxError.Id} {syntaxError.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        }

        var stray = rewrittenRoot.DescendantNodes()
            .OfType<ExpressionSyntax>()
            .FirstOrDefault(n => n is MemberBindingExpressionSyntax or ElementBindingExpressionSyntax && UnwrappableReceivers.ConditionalAccessOf(n) is null);
        return stray is null ? null : $"'{Shorten(stray.Parent ?? stray)}' holds the binding '{stray}' outside its conditional access.";
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
