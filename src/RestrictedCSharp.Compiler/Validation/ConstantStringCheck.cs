using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RestrictedCSharp.Analyzers;

namespace RestrictedCSharp.Compiler;

/// <summary>
/// Bounds the strings the compiler folds from named constants, before it binds anything: 22 lines of
/// <c>const string B = A + A;</c> fold into gigabytes in the compiler and hundreds of megabytes of
/// assembly. The estimate is syntactic and errs high: a constant's length is that of its longest
/// declaration with the name (string literals, plus every constant it names, by simple name), and every
/// concatenation or interpolated string that names a constant counts as a new string of its estimated
/// length. Literals alone are bounded by the source size and not counted. The sum over the submission
/// is held against the <c>constant-chars</c> limit. Linear in the source; no recursion.
/// </summary>
internal static class ConstantStringCheck
{
    public static SubmissionDiagnostic? Check(ImmutableArray<SyntaxTree> trees, long maxChars, CancellationToken cancellationToken)
    {
        var roots = trees.Select(t => t.GetRoot(cancellationToken)).ToList();
        var lengths = ConstantLengths(roots, maxChars, cancellationToken);
        if (lengths.Count == 0)
        {
            return null;
        }

        long total = 0;
        foreach (var root in roots)
        {
            foreach (var folded in root.DescendantNodes(n => !IsConcatenation(n)).Where(IsConcatenation))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (literalChars, names) = Parts(folded);
                if (!names.Any(n => lengths.GetValueOrDefault(n) > 0))
                {
                    continue; // nothing named is a string constant: literals only, bounded by the source size
                }

                total = Saturating(total, Saturating(literalChars, names.Aggregate(0L, (sum, name) => Saturating(sum, lengths.GetValueOrDefault(name))), maxChars), maxChars);
                if (total > maxChars)
                {
                    return SubmissionDescriptors.At(RestrictedDiagnostics.ConstantStringsTooLong, folded.GetLocation(), total, maxChars);
                }
            }
        }

        return null;
    }

    private static bool IsConcatenation(SyntaxNode node) =>
        node.IsKind(SyntaxKind.AddExpression) || node is InterpolatedStringExpressionSyntax;

    /// <summary>
    /// The estimated length of every constant by simple name: the longest of its declarations. Computed in
    /// dependency order with an explicit stack; a constant met again while its own length is being computed
    /// (a cycle, which the compiler refuses) counts as empty.
    /// </summary>
    private static Dictionary<string, long> ConstantLengths(List<SyntaxNode> roots, long maxChars, CancellationToken cancellationToken)
    {
        var declarations = new Dictionary<string, List<(long LiteralChars, List<string> Names)>>(StringComparer.Ordinal);
        foreach (var declarator in roots.SelectMany(r => r.DescendantNodes()).OfType<VariableDeclaratorSyntax>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (declarator.Initializer is not { } initializer || !IsConstant(declarator))
            {
                continue;
            }

            var name = declarator.Identifier.ValueText;
            if (!declarations.TryGetValue(name, out var list))
            {
                declarations[name] = list = [];
            }
            list.Add(Parts(initializer.Value));
        }

        var lengths = new Dictionary<string, long>(StringComparer.Ordinal);
        var inProgress = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in declarations.Keys)
        {
            var pending = new Stack<string>([start]);
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var name = pending.Peek();
                if (lengths.ContainsKey(name))
                {
                    pending.Pop();
                    continue;
                }

                var missing = inProgress.Add(name)
                    ? declarations[name].SelectMany(d => d.Names).Where(n => declarations.ContainsKey(n) && !lengths.ContainsKey(n) && !inProgress.Contains(n)).Distinct().ToList()
                    : [];
                if (missing.Count > 0)
                {
                    missing.ForEach(pending.Push);
                    continue;
                }

                pending.Pop();
                inProgress.Remove(name);
                lengths[name] = declarations[name].Max(d =>
                    d.Names.Aggregate(d.LiteralChars, (sum, n) => Saturating(sum, lengths.GetValueOrDefault(n), maxChars)));
            }
        }

        return lengths;
    }

    private static bool IsConstant(VariableDeclaratorSyntax declarator) => declarator.Parent?.Parent switch
    {
        FieldDeclarationSyntax field => field.Modifiers.Any(SyntaxKind.ConstKeyword),
        LocalDeclarationStatementSyntax local => local.IsConst,
        _ => false,
    };

    /// <summary>The characters of the string literals in an expression, and the simple names it uses.</summary>
    private static (long LiteralChars, List<string> Names) Parts(SyntaxNode expression)
    {
        long literalChars = 0;
        var names = new List<string>();
        foreach (var node in expression.DescendantNodesAndSelf())
        {
            switch (node)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                    literalChars += literal.Token.ValueText.Length;
                    break;
                case InterpolatedStringTextSyntax text:
                    literalChars += text.TextToken.ValueText.Length;
                    break;
                case IdentifierNameSyntax identifier:
                    names.Add(identifier.Identifier.ValueText);
                    break;
            }
        }
        return (literalChars, names);
    }

    private static long Saturating(long a, long b, long max = long.MaxValue / 4) => Math.Min(a + b, max + 1);
}
