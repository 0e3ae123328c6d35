using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// Removes exactly the guard forms the rewriter inserts and nothing else, so that the validator
/// can compare what is left with the original. A guard form is recognised by the guard type's
/// fully qualified name or the reserved <c>__rcx</c> prefix, neither of which bot code may use.
/// </summary>
internal sealed class GuardStripper : CSharpSyntaxRewriter
{
    public static SyntaxNode Strip(SyntaxNode root) => new GuardStripper().Visit(root)!;

    public override SyntaxNode? VisitBlock(BlockSyntax node)
    {
        // { prefix… Enter(c); [bool __rcxActive = true;] try { body } finally { guard bookkeeping } },
        // the prefix (leaf statements a body may run before its frame) often empty
        if (IsGuardedBody(node, out int prefixLength, out var tryStatement))
        {
            return prefixLength == 0
                ? Visit(tryStatement.Block)
                : base.VisitBlock(node.WithStatements(List(node.Statements.Take(prefixLength).Concat(tryStatement.Block.Statements))));
        }

        var visited = (BlockSyntax)base.VisitBlock(node)!;
        if (node.HasAnnotation(GuardSyntax.WrapperBlock) && visited.Statements.Count == 1)
        {
            return visited.Statements[0];
        }

        return visited;
    }

    public override SyntaxNode? VisitExpressionStatement(ExpressionStatementSyntax node)
        => IsBookkeeping(node) ? null : base.VisitExpressionStatement(node);

    public override SyntaxNode? VisitLocalDeclarationStatement(LocalDeclarationStatementSyntax node)
        => IsBookkeeping(node) ? null : base.VisitLocalDeclarationStatement(node);

    public override SyntaxNode? VisitIfStatement(IfStatementSyntax node)
        => IsBookkeeping(node) ? null : base.VisitIfStatement(node);

    public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node)
    {
        // The walk of this that stands for base (GuardInserter.Receivers).
        if (node.HasAnnotation(GuardInserter.BaseReceiver) && GuardCallName(node) is not null)
        {
            return BaseExpression().WithTriviaFrom(node);
        }

        var kept = GuardNames.KeptArgument(GuardCallName(node));
        return kept >= 0 && kept < node.ArgumentList.Arguments.Count
            ? Visit(node.ArgumentList.Arguments[kept].Expression)
            : base.VisitInvocationExpression(node);
    }

    public override SyntaxNode? VisitConditionalAccessExpression(ConditionalAccessExpressionSyntax node)
    {
        // A lifted chain, Guard(a?.b)?.c, back to a?.b?.c: bot code cannot write a conditional access as the
        // expression of another without parentheses, nor name the guard type.
        var visited = (ConditionalAccessExpressionSyntax)base.VisitConditionalAccessExpression(node)!;
        return node.Expression is InvocationExpressionSyntax guard && GuardCallName(guard) is not null
            && visited.Expression is ConditionalAccessExpressionSyntax lifted
                ? Rejoin(lifted.WithTriviaFrom(visited.Expression), visited.OperatorToken, visited.WhenNotNull)
                : visited;
    }

    /// <summary><c>(e?.w)?.rest</c> as one chain: <c>e?.(w?.rest)</c>, recursively down <c>w</c>.</summary>
    private static ConditionalAccessExpressionSyntax Rejoin(ConditionalAccessExpressionSyntax lifted, SyntaxToken question, ExpressionSyntax rest)
        => lifted.WithWhenNotNull(lifted.WhenNotNull is ConditionalAccessExpressionSyntax inner
            ? Rejoin(inner, question, rest)
            : ConditionalAccessExpression(lifted.WhenNotNull, question, rest));

    public override SyntaxNode? VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
        => node.HasAnnotation(GuardInserter.ImplicitReceiver) && node.Expression is InvocationExpressionSyntax walk && GuardCallName(walk) is not null
            ? node.Name.WithTriviaFrom(node)
            : base.VisitMemberAccessExpression(node);

    public override SyntaxNode? VisitCatchClause(CatchClauseSyntax node)
    {
        var visited = (CatchClauseSyntax)base.VisitCatchClause(node)!;
        if (visited.Declaration is { } declaration)
        {
            var name = declaration.Identifier.ValueText;
            if (name.StartsWith(GuardNames.CatchAllPrefix, StringComparison.Ordinal))
            {
                visited = visited.WithDeclaration(null);
            }
            else if (name.StartsWith(GuardNames.CaughtExceptionPrefix, StringComparison.Ordinal))
            {
                visited = visited.WithDeclaration(declaration.WithIdentifier(default));
            }
        }

        if (visited.Filter is { } filter)
        {
            switch (filter.FilterExpression)
            {
                case PrefixUnaryExpressionSyntax not when IsUncatchableTest(not):
                    visited = visited.WithFilter(null);
                    break;
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression, Left: PrefixUnaryExpressionSyntax not, Right: ParenthesizedExpressionSyntax author }
                    when IsUncatchableTest(not):
                    visited = visited.WithFilter(filter.WithFilterExpression(author.Expression));
                    break;
            }
        }

        return visited;
    }

    private static bool IsUncatchableTest(PrefixUnaryExpressionSyntax node)
        => node.IsKind(SyntaxKind.LogicalNotExpression)
            && node.Operand is InvocationExpressionSyntax call
            && GuardCallName(call) == GuardNames.IsUncatchable;

    /// <summary>
    /// A body the rewriter guarded: it ends in <c>Enter(c);</c>, guard bookkeeping, and a <c>try</c>
    /// whose <c>finally</c> is bookkeeping only; the statements before the <c>Enter</c> are the prefix.
    /// </summary>
    private static bool IsGuardedBody(BlockSyntax block, out int prefixLength, out TryStatementSyntax tryStatement)
    {
        prefixLength = 0;
        tryStatement = null!;
        var statements = block.Statements;
        if (statements.Count < 2
            || statements[^1] is not TryStatementSyntax { Catches.Count: 0, Finally: { } finallyClause } found
            || !finallyClause.Block.Statements.All(IsBookkeeping))
        {
            return false;
        }

        for (int i = statements.Count - 2; i >= 0 && IsBookkeeping(statements[i]); i--)
        {
            if (statements[i] is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax call } && GuardCallName(call) == GuardNames.Enter)
            {
                prefixLength = i;
                tryStatement = found;
                return true;
            }
        }

        return false;
    }

    /// <summary>Guard calls, and declarations, assignments and tests of the rewriter's own locals.</summary>
    private static bool IsBookkeeping(StatementSyntax statement) => statement switch
    {
        ExpressionStatementSyntax { Expression: InvocationExpressionSyntax call } => GuardCallName(call) is not null,
        ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } } => IsReserved(name.Identifier),
        LocalDeclarationStatementSyntax { Declaration.Variables: [var variable] } => IsReserved(variable.Identifier),
        IfStatementSyntax { Condition: IdentifierNameSyntax flag, Else: null, Statement: var body } => IsReserved(flag.Identifier) && IsBookkeeping(body),
        _ => false,
    };

    private static bool IsReserved(SyntaxToken identifier)
        => identifier.ValueText.StartsWith(GuardNames.ReservedPrefix, StringComparison.Ordinal);

    /// <summary>The member name if <paramref name="call"/> is <c>global::RestrictedCSharp.Guards.Guard.Name(…)</c>.</summary>
    internal static string? GuardCallName(InvocationExpressionSyntax call)
        => call.Expression is MemberAccessExpressionSyntax { Expression: var type, Name: var name }
            && type.ToString() == GuardNames.GuardType
                ? name.Identifier.ValueText
                : null;
}
