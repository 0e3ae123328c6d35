using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace RestrictedCSharp.Rewriting;

/// <summary>Catch clauses: a filter that lets guard trips, out-of-memory and stack exhaustion through.</summary>
internal sealed partial class GuardInserter
{
    /// <summary>
    /// Every catch clause gets the filter <c>when (!Guard.IsUncatchable(e) &amp;&amp; (author's filter))</c>:
    /// a guard trip, an out-of-memory or an exhausted stack is never caught, and the author's
    /// filter never runs for one. A bare <c>catch</c> gets a typed declaration to filter on.
    /// </summary>
    public override SyntaxNode? VisitCatchClause(CatchClauseSyntax node)
    {
        var visited = (CatchClauseSyntax)base.VisitCatchClause(node)!;
        string variable;
        if (visited.Declaration is null)
        {
            variable = NewName(GuardNames.CatchAllPrefix);
            var keywordTrivia = visited.CatchKeyword.TrailingTrivia;
            var declaration = CatchDeclaration(
                GuardSyntax.BareToken(SyntaxKind.OpenParenToken),
                GuardSyntax.TypeName("global::System.Exception").WithTrailingTrivia(Space),
                Identifier(variable),
                Token(TriviaList(), SyntaxKind.CloseParenToken, keywordTrivia));
            visited = visited.WithCatchKeyword(visited.CatchKeyword.WithTrailingTrivia(Space)).WithDeclaration(declaration);
        }
        else if (visited.Declaration.Identifier.IsKind(SyntaxKind.None))
        {
            variable = NewName(GuardNames.CaughtExceptionPrefix);
            var declaration = visited.Declaration;
            visited = visited.WithDeclaration(declaration
                .WithType(declaration.Type.WithTrailingTrivia(declaration.Type.GetTrailingTrivia().Add(Space)))
                .WithIdentifier(Identifier(variable)));
        }
        else
        {
            variable = visited.Declaration.Identifier.ValueText;
        }

        var uncatchable = PrefixUnaryExpression(
            SyntaxKind.LogicalNotExpression,
            GuardSyntax.Call(GuardNames.IsUncatchable, IdentifierName(variable)));

        if (visited.Filter is null)
        {
            // The filter goes after ')', which passes its trailing trivia on.
            var closeParen = visited.Declaration!.CloseParenToken;
            var filter = CatchFilterClause(
                GuardSyntax.SpacedToken(SyntaxKind.WhenKeyword),
                GuardSyntax.BareToken(SyntaxKind.OpenParenToken),
                uncatchable,
                Token(TriviaList(), SyntaxKind.CloseParenToken, closeParen.TrailingTrivia));
            return visited
                .WithDeclaration(visited.Declaration.WithCloseParenToken(closeParen.WithTrailingTrivia(Space)))
                .WithFilter(filter);
        }

        var authorFilter = visited.Filter.FilterExpression;
        var combined = BinaryExpression(
            SyntaxKind.LogicalAndExpression,
            uncatchable.WithTrailingTrivia(Space),
            GuardSyntax.SpacedToken(SyntaxKind.AmpersandAmpersandToken),
            GuardSyntax.MoveTriviaOutside(authorFilter, e => ParenthesizedExpression(e)));
        return visited.WithFilter(visited.Filter.WithFilterExpression(combined));
    }
}
