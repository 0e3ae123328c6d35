using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// Turns expression bodies (<c>=&gt; e</c>) into block bodies with the same meaning, so that guards and
/// a <c>try</c>/<c>finally</c> can be put around them: <c>{ return e; }</c> (with <c>ref e</c> kept for
/// ref returns), <c>{ e; }</c> when nothing is returned, <c>{ throw x; }</c> for a throw expression.
/// The braces take the places of <c>=&gt;</c> and <c>;</c>, so no line changes. The rewriter uses these
/// and so does the validator, to build the form it expects once the guards are stripped again.
/// </summary>
internal static class ExpressionBodies
{
    /// <summary>A member's <c>=&gt; e;</c> as a block: <c>{</c> replaces <c>=&gt;</c>, <c>}</c> replaces <c>;</c>.</summary>
    public static BlockSyntax MemberBodyToBlock(ArrowExpressionClauseSyntax arrow, SyntaxToken semicolon, bool returnsValue)
    {
        var open = Token(arrow.ArrowToken.LeadingTrivia, SyntaxKind.OpenBraceToken, arrow.ArrowToken.TrailingTrivia);
        var close = Token(TriviaList(Space), SyntaxKind.CloseBraceToken, semicolon.TrailingTrivia);
        var statement = ToStatement(arrow.Expression, semicolon.LeadingTrivia, returnsValue);
        return Block(open, SingletonList(statement), close);
    }

    /// <summary>
    /// A lambda's expression body as a block, written in the expression's place. The body's outer trivia goes
    /// outside the braces, once: a line break (or a comment) between the body and the ')' or ';' that closes it
    /// stays a single line break.
    /// </summary>
    public static BlockSyntax LambdaBodyToBlock(ExpressionSyntax body, bool returnsValue)
    {
        var open = Token(body.GetLeadingTrivia(), SyntaxKind.OpenBraceToken, TriviaList(Space));
        var close = Token(TriviaList(Space), SyntaxKind.CloseBraceToken, body.GetTrailingTrivia());
        var statement = ToStatement(body.WithoutLeadingTrivia().WithoutTrailingTrivia(), TriviaList(), returnsValue);
        return Block(open, SingletonList(statement), close);
    }

    /// <summary>
    /// A property's or indexer's <c>=&gt; e;</c> as <c>{ get { return e; } }</c>; <paramref name="guardBody"/>
    /// gets the getter's body to put guards into.
    /// </summary>
    public static AccessorListSyntax GetterOnlyAccessorList(ArrowExpressionClauseSyntax arrow, SyntaxToken semicolon, Func<BlockSyntax, BlockSyntax> guardBody)
    {
        var body = Block(
            GuardSyntax.SpacedToken(SyntaxKind.OpenBraceToken),
            SingletonList(ToStatement(arrow.Expression, semicolon.LeadingTrivia, returnsValue: true)),
            Token(TriviaList(Space), SyntaxKind.CloseBraceToken, TriviaList(Space)));
        var getter = AccessorDeclaration(SyntaxKind.GetAccessorDeclaration)
            .WithKeyword(GuardSyntax.SpacedToken(SyntaxKind.GetKeyword))
            .WithBody(guardBody(body));
        return AccessorList(
            Token(arrow.ArrowToken.LeadingTrivia, SyntaxKind.OpenBraceToken, TriviaList(Space)),
            SingletonList(getter),
            Token(TriviaList(), SyntaxKind.CloseBraceToken, semicolon.TrailingTrivia));
    }

    private static StatementSyntax ToStatement(ExpressionSyntax expression, SyntaxTriviaList beforeSemicolon, bool returnsValue)
    {
        var semicolon = Token(beforeSemicolon, SyntaxKind.SemicolonToken, TriviaList());
        var trailing = expression.GetTrailingTrivia();
        var body = expression.WithoutTrailingTrivia();
        StatementSyntax statement = body switch
        {
            ThrowExpressionSyntax thrown => ThrowStatement(thrown.ThrowKeyword, thrown.Expression, semicolon),
            _ when returnsValue => ReturnStatement(GuardSyntax.SpacedToken(SyntaxKind.ReturnKeyword), body, semicolon),
            _ => ExpressionStatement(body, semicolon),
        };

        // Whatever followed the expression (a comment, a line break before ';') follows the statement.
        return statement.WithTrailingTrivia(trailing);
    }

    /// <summary>
    /// Whether a body of <paramref name="method"/> written as <c>=&gt; e</c> returns <c>e</c>: not for void
    /// (constructors and setters included) and not for async methods returning plain Task/ValueTask.
    /// </summary>
    /// <summary>
    /// The body of the function <paramref name="declaration"/> declares (a method, operator, constructor, local function or
    /// accessor: its block or arrow clause; a property's or indexer's arrow clause as such), or null for any other declaration.
    /// </summary>
    public static SyntaxNode? FunctionBodyOf(SyntaxNode declaration) => declaration switch
    {
        BaseMethodDeclarationSyntax method => (SyntaxNode?)method.Body ?? method.ExpressionBody,
        LocalFunctionStatementSyntax function => (SyntaxNode?)function.Body ?? function.ExpressionBody,
        AccessorDeclarationSyntax accessor => (SyntaxNode?)accessor.Body ?? accessor.ExpressionBody,
        ArrowExpressionClauseSyntax arrow => arrow,
        _ => null,
    };

    public static bool ReturnsValue(IMethodSymbol? method)
    {
        if (method is null || method.ReturnsVoid)
        {
            return false;
        }

        return !(method.IsAsync && method.ReturnType is INamedTypeSymbol { IsGenericType: false });
    }

    /// <summary>The lambda's own method symbol (its return type, async-ness).</summary>
    public static IMethodSymbol? LambdaSymbol(SemanticModel model, AnonymousFunctionExpressionSyntax lambda)
        => model.GetSymbolInfo(lambda).Symbol as IMethodSymbol;

    /// <summary>The getter of a property or indexer with an expression body.</summary>
    public static IMethodSymbol? Getter(SemanticModel model, BasePropertyDeclarationSyntax property)
        => (model.GetDeclaredSymbol(property) as IPropertySymbol)?.GetMethod;

    /// <summary>
    /// Lambdas converted to expression trees cannot have block bodies and never run as the bot's
    /// compiled code, so they, and everything inside them, are left as written.
    /// </summary>
    public static bool IsExpressionTree(SemanticModel model, AnonymousFunctionExpressionSyntax lambda)
    {
        for (var type = model.GetTypeInfo(lambda).ConvertedType; type is not null; type = type.BaseType)
        {
            if (type is { Name: "LambdaExpression" or "Expression", ContainingNamespace: { Name: "Expressions", ContainingNamespace: { Name: "Linq", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } })
            {
                return true;
            }
        }

        return false;
    }
}
