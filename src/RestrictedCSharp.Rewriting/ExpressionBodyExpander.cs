using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// The original tree with the expression bodies the rewrite turned into blocks (the functions it recorded in
/// <see cref="GuardInserter.ExpandedBodies"/>) in the block form it writes (see <see cref="ExpressionBodies"/>),
/// and nothing else changed. The validator compares this form with the guarded tree once its guards are
/// stripped. Which bodies get a guard is decided once, by the inserter's walk; this only replays the expansions.
/// </summary>
internal static class ExpressionBodyExpander
{
    public static SyntaxNode Expand(SyntaxNode root, SemanticModel model, IReadOnlySet<SyntaxNode> expanded)
        => expanded.Count == 0 ? root : root.ReplaceNodes(expanded, (original, visited) => ToBlockBody(original, visited, model));

    /// <summary><paramref name="visited"/> (<paramref name="original"/> with the functions inside it already expanded) in block form.</summary>
    private static SyntaxNode ToBlockBody(SyntaxNode original, SyntaxNode visited, SemanticModel model) => visited switch
    {
        BaseMethodDeclarationSyntax method => method.WithExpressionBody(null).WithSemicolonToken(default).WithBody(
            ExpressionBodies.MemberBodyToBlock(method.ExpressionBody!, method.SemicolonToken, ReturnsValue(original, model))),
        LocalFunctionStatementSyntax function => function.WithExpressionBody(null).WithSemicolonToken(default).WithBody(
            ExpressionBodies.MemberBodyToBlock(function.ExpressionBody!, function.SemicolonToken, ReturnsValue(original, model))),
        AccessorDeclarationSyntax accessor => accessor.WithExpressionBody(null).WithSemicolonToken(default).WithBody(
            ExpressionBodies.MemberBodyToBlock(accessor.ExpressionBody!, accessor.SemicolonToken, ReturnsValue(original, model))),
        PropertyDeclarationSyntax property => property.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(
            ExpressionBodies.GetterOnlyAccessorList(property.ExpressionBody!, property.SemicolonToken, body => body)),
        IndexerDeclarationSyntax indexer => indexer.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(
            ExpressionBodies.GetterOnlyAccessorList(indexer.ExpressionBody!, indexer.SemicolonToken, body => body)),
        AnonymousFunctionExpressionSyntax lambda => lambda.WithExpressionBody(null).WithBlock(
            ExpressionBodies.LambdaBodyToBlock(lambda.ExpressionBody!, ReturnsValue(original, model))),
        _ => throw new ArgumentException($"Not a function with an expression body: {visited.Kind()}.", nameof(visited)),
    };

    private static bool ReturnsValue(SyntaxNode original, SemanticModel model)
        => ExpressionBodies.ReturnsValue(original is AnonymousFunctionExpressionSyntax lambda
            ? ExpressionBodies.LambdaSymbol(model, lambda)
            : model.GetDeclaredSymbol(original) as IMethodSymbol);
}
