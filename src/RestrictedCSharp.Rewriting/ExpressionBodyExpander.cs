using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// Rewrites every expression body of the original tree into the block form the rewriter writes
/// (see <see cref="ExpressionBodies"/>) and changes nothing else. The validator compares this
/// form with the guarded tree once its guards are stripped.
/// </summary>
internal sealed class ExpressionBodyExpander : CSharpSyntaxRewriter
{
    private readonly SemanticModel _model;
    private readonly LeafAnalysis _leaves;

    private ExpressionBodyExpander(SemanticModel model, LeafAnalysis leaves)
    {
        _model = model;
        _leaves = leaves;
    }

    /// <summary>Expands the expression bodies of the functions that get guards (leaves get none).</summary>
    public static SyntaxNode Expand(SyntaxNode root, SemanticModel model, LeafAnalysis leaves) => new ExpressionBodyExpander(model, leaves).Visit(root)!;

    public override SyntaxNode? VisitAttributeList(AttributeListSyntax node) => node;

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node) => ExpandMethod(node, base.VisitMethodDeclaration);

    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node) => ExpandMethod(node, base.VisitConstructorDeclaration);

    public override SyntaxNode? VisitDestructorDeclaration(DestructorDeclarationSyntax node) => ExpandMethod(node, base.VisitDestructorDeclaration);

    public override SyntaxNode? VisitOperatorDeclaration(OperatorDeclarationSyntax node) => ExpandMethod(node, base.VisitOperatorDeclaration);

    public override SyntaxNode? VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node) => ExpandMethod(node, base.VisitConversionOperatorDeclaration);

    private SyntaxNode? ExpandMethod<T>(T node, Func<T, SyntaxNode?> visitChildren)
        where T : BaseMethodDeclarationSyntax
        => ExpandBody<BaseMethodDeclarationSyntax>(
            node, (BaseMethodDeclarationSyntax)visitChildren(node)!, _model.GetDeclaredSymbol(node), f => f.ExpressionBody, f => f.SemicolonToken,
            (f, block) => f.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block));

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
        => ExpandBody(
            node, (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!, _model.GetDeclaredSymbol(node) as IMethodSymbol, f => f.ExpressionBody, f => f.SemicolonToken,
            (f, block) => f.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block));

    public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
        => ExpandBody(
            node, (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!, _model.GetDeclaredSymbol(node), f => f.ExpressionBody, f => f.SemicolonToken,
            (f, block) => f.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block));

    /// <summary>
    /// Replaces the expression body of a function that gets guards with the block the rewriter
    /// writes; <paramref name="node"/> is the original (what the semantic model and leaf analysis know), <paramref name="visited"/>
    /// the same function with its children already expanded.
    /// </summary>
    private T ExpandBody<T>(
        T node,
        T visited,
        IMethodSymbol? symbol,
        Func<T, ArrowExpressionClauseSyntax?> expressionBody,
        Func<T, SyntaxToken> semicolon,
        Func<T, BlockSyntax, T> withBlock)
        where T : SyntaxNode
    {
        var original = expressionBody(node);
        if (original is null || !GuardedFunctions.NeedsGuard(_leaves, _model, original, symbol))
        {
            return visited;
        }

        var returnsValue = ExpressionBodies.ReturnsValue(symbol);
        return withBlock(visited, ExpressionBodies.MemberBodyToBlock(expressionBody(visited)!, semicolon(visited), returnsValue));
    }

    public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node)
    {
        var visited = (PropertyDeclarationSyntax)base.VisitPropertyDeclaration(node)!;
        return node.ExpressionBody is null || !GuardedFunctions.NeedsGuard(_leaves, _model, node.ExpressionBody, ExpressionBodies.Getter(_model, node))
            ? visited
            : visited.WithExpressionBody(null).WithSemicolonToken(default)
                .WithAccessorList(ExpressionBodies.GetterOnlyAccessorList(visited.ExpressionBody!, visited.SemicolonToken, body => body));
    }

    public override SyntaxNode? VisitIndexerDeclaration(IndexerDeclarationSyntax node)
    {
        var visited = (IndexerDeclarationSyntax)base.VisitIndexerDeclaration(node)!;
        return node.ExpressionBody is null || !GuardedFunctions.NeedsGuard(_leaves, _model, node.ExpressionBody, ExpressionBodies.Getter(_model, node))
            ? visited
            : visited.WithExpressionBody(null).WithSemicolonToken(default)
                .WithAccessorList(ExpressionBodies.GetterOnlyAccessorList(visited.ExpressionBody!, visited.SemicolonToken, body => body));
    }

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node)
        => ExpandLambda(node, n => base.VisitParenthesizedLambdaExpression((ParenthesizedLambdaExpressionSyntax)n));

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node)
        => ExpandLambda(node, n => base.VisitSimpleLambdaExpression((SimpleLambdaExpressionSyntax)n));

    private SyntaxNode? ExpandLambda(AnonymousFunctionExpressionSyntax node, Func<AnonymousFunctionExpressionSyntax, SyntaxNode?> visitChildren)
    {
        if (ExpressionBodies.IsExpressionTree(_model, node))
        {
            return node;
        }

        var visited = (AnonymousFunctionExpressionSyntax)visitChildren(node)!;
        var symbol = ExpressionBodies.LambdaSymbol(_model, node);
        if (node.ExpressionBody is null || !GuardedFunctions.NeedsGuard(_leaves, _model, node.Body, symbol))
        {
            return visited;
        }

        var returnsValue = ExpressionBodies.ReturnsValue(symbol);
        return visited.WithExpressionBody(null).WithBlock(ExpressionBodies.LambdaBodyToBlock(visited.ExpressionBody!, returnsValue));
    }
}
