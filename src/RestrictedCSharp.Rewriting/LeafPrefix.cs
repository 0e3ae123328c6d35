using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// The leading statements of a guarded body that may run before its frame is entered: leaf
/// statements (see <see cref="LeafAnalysis.IsLeafStatement"/>) up to the last of them that can
/// return. A recursion's base case is usually such a prefix (<c>if (depth == 0) return Evaluate();</c>),
/// and the calls that end there then pay a tick at their <c>return</c> but no frame, no
/// <c>try</c>/<c>finally</c>, and keep their tail call.
/// </summary>
/// <remarks>
/// This is safe for the depth guard because a leaf statement reaches no code of the bot but leaves,
/// which enter no frame either: every cycle of calls still passes an entry guard, and at most the
/// frames of one prefix and the leaves it calls sit above the counted depth. Bodies with labels,
/// <c>goto</c>, local functions or directives are never split, so that no jump or name crosses
/// the boundary and no text moves across a directive.
/// </remarks>
internal static class LeafPrefix
{
    /// <summary>How many of <paramref name="body"/>'s statements go before the entry guard; zero to keep the guard first.</summary>
    public static int Length(BlockSyntax body, SemanticModel model, LeafAnalysis leaves)
    {
        if (body.ContainsDirectives
            || body.DescendantNodes().Any(n => n is LabeledStatementSyntax or GotoStatementSyntax)
            || body.Statements.Any(s => s is LocalFunctionStatementSyntax))
        {
            return 0;
        }

        int length = 0;
        for (int i = 0; i < body.Statements.Count - 1 && leaves.IsLeafStatement(body.Statements[i], model); i++)
        {
            if (CanReturn(body.Statements[i]))
            {
                length = i + 1;
            }
        }

        return length;
    }

    private static bool CanReturn(StatementSyntax statement)
        => statement.DescendantNodesAndSelf(n => n is not AnonymousFunctionExpressionSyntax).OfType<ReturnStatementSyntax>().Any();
}
