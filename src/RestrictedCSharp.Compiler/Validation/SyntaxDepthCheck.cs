using Microsoft.CodeAnalysis;
using RestrictedCSharp.Analyzers;

namespace RestrictedCSharp.Compiler;

/// <summary>
/// The depth of a parsed tree's nodes, measured without recursion. Brackets are limited elsewhere;
/// this limits what has no brackets, such as a long operator chain, whose binding time grows faster
/// than its length. Runs after parsing and before binding.
/// </summary>
internal static class SyntaxDepthCheck
{
    public static SubmissionDiagnostic? Check(SyntaxTree tree, int maxDepth, CancellationToken cancellationToken)
    {
        var pending = new Stack<(SyntaxNode Node, int Depth)>();
        pending.Push((tree.GetRoot(cancellationToken), 1));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > maxDepth)
            {
                return SubmissionDescriptors.At(RestrictedDiagnostics.SyntaxTooDeep, node.GetLocation(), depth, maxDepth);
            }

            foreach (var child in node.ChildNodes())
            {
                pending.Push((child, depth + 1));
            }
        }

        return null;
    }
}
