using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// Loops and <c>goto</c>: a tick at the top of each round, or, for a loop whose rounds are known when it
/// starts (a counted <c>for</c>, see <see cref="CountedLoops"/>; a <c>foreach</c> over an array or a string),
/// one charge for all of them before it starts; a small counted loop is charged by its enclosing site.
/// </summary>
internal sealed partial class GuardInserter
{
    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var visited = (ForStatementSyntax)base.VisitForStatement(node)!;
        if (_costs.IsAbsorbed(node))
        {
            // A small counted loop: its enclosing site has charged all its rounds.
            return visited;
        }

        long roundCost = _costs.OfRound(node);
        if (ChargeSyntax.FitsOneCharge(roundCost) && _costs.ConstantRounds(node) is { } rounds)
        {
            // for (int i = C1; i < C2; i++) with no way out of its body: charged for all its rounds before it starts.
            return GuardSyntax.Prepend(visited, RoundsCharge(rounds, (int)roundCost));
        }

        if (ChargeSyntax.FitsOneCharge(roundCost) && _costs.ArrayBoundLoop(node) is { } bound)
        {
            // for (int i = start; i < array.Length; i++): charged for all its rounds before it starts.
            var charge = GuardSyntax.CallStatement(
                GuardNames.TickLoop,
                MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(bound.Array), IdentifierName("Length")),
                GuardSyntax.Number(bound.Start),
                GuardSyntax.Number(roundCost));
            return GuardSyntax.Prepend(visited, charge);
        }

        return visited.WithStatement(TickFirst(visited.Statement, node));
    }

    /// <summary><c>Guard.TickLoop(rounds, 0, cost)</c>; rounds beyond an int's range move into the start.</summary>
    private static StatementSyntax RoundsCharge(long rounds, int cost)
    {
        long start = rounds <= int.MaxValue ? 0 : int.MaxValue - rounds;
        return GuardSyntax.CallStatement(GuardNames.TickLoop, GuardSyntax.Number(rounds + start), GuardSyntax.Number(start), GuardSyntax.Number(cost));
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        if (_costs.IsAbsorbed(node))
        {
            // Over a small lookup table: its enclosing site has charged all its rounds.
            return base.VisitForEachStatement(node);
        }

        bool upFront = RequestUpFrontCharge(node);
        var visited = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return upFront ? visited : visited.WithStatement(TickFirst(visited.Statement, node));
    }

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
    {
        if (_costs.IsAbsorbed(node))
        {
            return base.VisitForEachVariableStatement(node);
        }

        bool upFront = RequestUpFrontCharge(node);
        var visited = (ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!;
        return upFront ? visited : visited.WithStatement(TickFirst(visited.Statement, node));
    }

    /// <summary>
    /// A <c>foreach</c> over a one- or two-dimensional array or a string has as many rounds as the length,
    /// known when it starts: <c>Guard.Iterations(collection, cost)</c> charges them all then and
    /// returns the collection as it was, and the body has no tick.
    /// </summary>
    private bool RequestUpFrontCharge(CommonForEachStatementSyntax node)
    {
        var type = _model.GetTypeInfo(node.Expression).Type;
        if (type is not (IArrayTypeSymbol { IsSZArray: true } or IArrayTypeSymbol { Rank: 2 } or { SpecialType: SpecialType.System_String }) || node.AwaitKeyword.RawKind != 0)
        {
            return false;
        }

        long cost = _costs.OfRound(node);
        if (!ChargeSyntax.FitsOneCharge(cost))
        {
            return false;
        }

        _pendingWraps[node.Expression] = e => GuardSyntax.Call(GuardNames.Iterations, e, GuardSyntax.Number(cost));
        return true;
    }

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return visited.WithStatement(TickFirst(visited.Statement, node));
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return visited.WithStatement(TickFirst(visited.Statement, node));
    }

    /// <summary>
    /// <c>goto label</c>, <c>goto case</c> and <c>goto default</c> tick where they jump: every cycle
    /// that is not a loop statement passes through a goto, so charging the jump charges each
    /// round exactly as a tick at its target would.
    /// </summary>
    public override SyntaxNode? VisitGotoStatement(GotoStatementSyntax node)
    {
        var visited = (StatementSyntax)base.VisitGotoStatement(node)!;
        return GuardSyntax.Prepend(visited, GuardSyntax.CallStatement(GuardNames.Tick, GuardSyntax.Number(1)));
    }

    /// <summary><c>{ Tick(cost of a round); body }</c> for a loop's visited body.</summary>
    private BlockSyntax TickFirst(StatementSyntax visitedBody, StatementSyntax originalLoop)
        => GuardSyntax.Prepend(visitedBody, ChargeSyntax.Tick(_costs.OfRound(originalLoop)));
}
