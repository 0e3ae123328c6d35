using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// Refuses functions whose frame no stack probe could protect (RCX0501), and structs too large for a type
/// argument of the bot's own generic code, whose frames are estimated at a bounded type-parameter size (RCX0505),
/// as the analyzer does: the rewriter checks again rather than trust what ran before it.
/// </summary>
internal static class FrameSizeCheck
{
    public static IEnumerable<Diagnostic> Find(SyntaxTree tree, SemanticModel model, FunctionFrames frames)
    {
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            if (node is SimpleNameSyntax or BaseObjectCreationExpressionSyntax
                && model.GetSymbolInfo(node).Symbol is { } referenced
                && GenericArgumentSizes.Find(referenced, model.Compilation.Assembly) is { } tooLarge)
            {
                yield return Diagnostic.Create(
                    RewriteDiagnostics.TypeArgumentTooLarge, node.GetLocation(),
                    tooLarge.Argument.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), tooLarge.Bytes,
                    StackFrameEstimator.MaximumTypeArgumentBytes, tooLarge.Generic.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat));
            }

            var (body, symbol, location) = node switch
            {
                BaseMethodDeclarationSyntax method => ((SyntaxNode?)method.Body ?? method.ExpressionBody, model.GetDeclaredSymbol(method) as IMethodSymbol, Location(method)),
                AccessorDeclarationSyntax accessor => ((SyntaxNode?)accessor.Body ?? accessor.ExpressionBody, model.GetDeclaredSymbol(accessor) as IMethodSymbol, accessor.Keyword.GetLocation()),
                LocalFunctionStatementSyntax function => ((SyntaxNode?)function.Body ?? function.ExpressionBody, model.GetDeclaredSymbol(function) as IMethodSymbol, function.Identifier.GetLocation()),
                AnonymousFunctionExpressionSyntax lambda => (lambda.Body, ExpressionBodies.LambdaSymbol(model, lambda), lambda.GetLocation()),
                BasePropertyDeclarationSyntax { } property when ExpressionBodyOf(property) is { } arrow
                    => (arrow, (model.GetDeclaredSymbol(property) as IPropertySymbol)?.GetMethod, arrow.GetLocation()),
                _ => (null, null, null),
            };
            if (location is null || (body is null && symbol is null))
            {
                continue;
            }

            long bytes = frames.Bytes(model, body, symbol);
            if (bytes > StackFrameEstimator.MaximumFrameBytes)
            {
                yield return Diagnostic.Create(
                    RewriteDiagnostics.StackFrameTooLarge, location,
                    symbol?.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) ?? "this function", bytes, StackFrameEstimator.MaximumFrameBytes);
            }
        }
    }

    private static SyntaxNode? ExpressionBodyOf(BasePropertyDeclarationSyntax property) => property switch
    {
        PropertyDeclarationSyntax p => p.ExpressionBody,
        IndexerDeclarationSyntax i => i.ExpressionBody,
        _ => null,
    };

    private static Location Location(BaseMethodDeclarationSyntax method) => method switch
    {
        MethodDeclarationSyntax m => m.Identifier.GetLocation(),
        ConstructorDeclarationSyntax c => c.Identifier.GetLocation(),
        _ => method.GetLocation(),
    };
}
