using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RestrictedCSharp.Analyzers;

namespace RestrictedCSharp.Compiler;

/// <summary>
/// The exact bracket-nesting count over a parsed tree's tokens (strings, comments and disabled text
/// are single tokens or trivia here, so nothing can hide). It runs after parsing and before binding
/// and analysis, the stages that recurse over the tree.
/// </summary>
internal static class TokenNestingCheck
{
    public static SubmissionDiagnostic? Check(SyntaxTree tree, int maxDepth, CancellationToken cancellationToken)
    {
        var depth = 0;
        foreach (var token in tree.GetRoot(cancellationToken).DescendantTokens())
        {
            if (token.IsMissing)
            {
                continue;
            }

            switch (token.Kind())
            {
                case SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken or SyntaxKind.OpenBraceToken:
                    if (++depth > maxDepth)
                    {
                        return SubmissionDescriptors.At(RestrictedDiagnostics.NestingTooDeep, token.GetLocation(), depth, maxDepth);
                    }

                    break;
                case SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken or SyntaxKind.CloseBraceToken:
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return null;
    }
}
