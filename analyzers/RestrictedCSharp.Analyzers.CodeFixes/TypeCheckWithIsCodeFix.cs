using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RestrictedCSharp.Analyzers.CodeFixes
{
    /// <summary>
    /// <c>x.GetType() == typeof(T)</c> → <c>x is T</c> (and <c>!=</c> → <c>is not</c>): pattern matching
    /// instead of reflection. Offered on the <c>GetType</c> diagnostic. Unlike the original, the pattern
    /// also matches types derived from <c>T</c> and is false (rather than throwing) for null; the title
    /// says so.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TypeCheckWithIsCodeFix)), Shared]
    public sealed class TypeCheckWithIsCodeFix : SymbolCodeFix
    {
        public TypeCheckWithIsCodeFix()
            : base("Use an 'is' pattern (also matches derived types)", "RCX.TypeCheckWithIs")
        {
        }

        private protected override async Task<bool> IsFixableAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken) =>
            await FixableComparisonAsync(document, diagnostic, cancellationToken).ConfigureAwait(false) is not null;

        private protected override Task<Document> FixAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken) =>
            RewriteAsync(document, diagnostic, cancellationToken);

        private static async Task<(BinaryExpressionSyntax Comparison, ExpressionSyntax Value, TypeSyntax Type)?> FixableComparisonAsync(
            Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var callee = await ReportedNodeAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
            if (callee is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetType" } access
                || callee.Parent is not InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } invocation
                || invocation.Parent is not BinaryExpressionSyntax comparison
                || !(comparison.IsKind(SyntaxKind.EqualsExpression) || comparison.IsKind(SyntaxKind.NotEqualsExpression)))
            {
                return null;
            }

            var other = comparison.Left == invocation ? comparison.Right : comparison.Left;
            if (other is not TypeOfExpressionSyntax typeOf)
            {
                return null;
            }

            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            return Is(model?.GetSymbolInfo(invocation, cancellationToken).Symbol, "object", "GetType")
                ? (comparison, access.Expression, typeOf.Type)
                : null;
        }

        private static async Task<Document> RewriteAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var found = await FixableComparisonAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (found is not { } fix || root is null)
            {
                return document;
            }

            var value = fix.Value.WithoutTrivia();
            if (value is not (IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax
                or ElementAccessExpressionSyntax or ThisExpressionSyntax or ParenthesizedExpressionSyntax))
            {
                value = SyntaxFactory.ParenthesizedExpression(value);
            }

            var type = fix.Type.WithoutTrivia();
            ExpressionSyntax pattern = fix.Comparison.IsKind(SyntaxKind.EqualsExpression)
                ? SyntaxFactory.BinaryExpression(SyntaxKind.IsExpression, value, type)
                : SyntaxFactory.IsPatternExpression(
                    value,
                    SyntaxFactory.UnaryPattern(SyntaxFactory.Token(SyntaxKind.NotKeyword), SyntaxFactory.TypePattern(type)));
            return document.WithSyntaxRoot(root.ReplaceNode(fix.Comparison, pattern.NormalizeWhitespace().WithTriviaFrom(fix.Comparison)));
        }
    }
}
