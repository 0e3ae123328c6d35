using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RestrictedCSharp.Analyzers;

namespace RestrictedCSharp.Compiler;

/// <summary>
/// The nesting of lambdas and anonymous methods in a parsed tree, measured without recursion. The compiler
/// binds a lambda passed to an overloaded method once per candidate, and each binding binds the lambdas
/// inside it again: nested lambdas over overloads cost time exponential in their depth, so a short source
/// can bind for minutes (docs/soundness/bounds.md). Runs after parsing and before binding.
/// </summary>
internal static class LambdaDepthCheck
{
    public static SubmissionDiagnostic? Check(SyntaxTree tree, int maxDepth, CancellationToken cancellationToken)
    {
        var pending = new Stack<(SyntaxNode Node, int Depth)>();
        pending.Push((tree.GetRoot(cancellationToken), 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (node is AnonymousFunctionExpressionSyntax)
            {
                depth++;
                if (depth > maxDepth)
                {
                    return SubmissionDescriptors.At(RestrictedDiagnostics.LambdaNestingTooDeep, node.GetFirstToken().GetLocation(), depth, maxDepth);
                }
            }

            foreach (var child in node.ChildNodes())
            {
                pending.Push((child, depth));
            }
        }

        return null;
    }
}
