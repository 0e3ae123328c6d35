using System;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RestrictedCSharp.Analyzers.CodeFixes
{
    /// <summary>
    /// <c>new Random()</c> → <c>new Random(seed)</c>: with an <c>int</c> in scope whose name says it is a
    /// seed, that; otherwise a placeholder the author must replace with the seed the game passes in.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SeedRandomCodeFix)), Shared]
    public sealed class SeedRandomCodeFix : SymbolCodeFix
    {
        public SeedRandomCodeFix()
            : base("Seed the Random with the game's seed", "RCX.SeedRandom")
        {
        }

        private protected override async Task<bool> IsFixableAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken) =>
            await FixableCreationAsync(document, diagnostic, cancellationToken).ConfigureAwait(false) is not null;

        private protected override Task<Document> FixAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken) =>
            SeedAsync(document, diagnostic, cancellationToken);

        private static async Task<BaseObjectCreationExpressionSyntax?> FixableCreationAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (await ReportedNodeAsync(document, diagnostic, cancellationToken).ConfigureAwait(false) is not BaseObjectCreationExpressionSyntax creation
                || creation.ArgumentList is { Arguments.Count: > 0 })
            {
                return null;
            }

            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var constructor = model?.GetSymbolInfo(creation, cancellationToken).Symbol as IMethodSymbol;
            return constructor?.ContainingType?.ToDisplayString() == "System.Random" && constructor.Parameters.Length == 0 ? creation : null;
        }

        private static async Task<Document> SeedAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var creation = await FixableCreationAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (creation is null || root is null || model is null)
            {
                return document;
            }

            var seed = SeedInScope(model, creation);
            var argument = seed is not null
                ? SyntaxFactory.Argument(SyntaxFactory.IdentifierName(seed.Name))
                : SyntaxFactory.Argument(
                    SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(0))
                        .WithTrailingTrivia(SyntaxFactory.Space, SyntaxFactory.Comment("/* TODO: use the game's seed */")));
            var arguments = SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(argument));

            SyntaxNode seeded = creation switch
            {
                ObjectCreationExpressionSyntax explicitType => explicitType.WithArgumentList(arguments.WithTriviaFrom(explicitType.ArgumentList ?? arguments)),
                ImplicitObjectCreationExpressionSyntax implicitType => implicitType.WithArgumentList(arguments.WithTriviaFrom(implicitType.ArgumentList)),
                _ => creation,
            };
            return document.WithSyntaxRoot(root.ReplaceNode(creation, seeded));
        }

        /// <summary>
        /// An <c>int</c> local, parameter, field or property named like a seed, usable where the Random is
        /// created; the one called exactly <c>seed</c> first, then the nearest (locals and parameters).
        /// </summary>
        private static ISymbol? SeedInScope(SemanticModel model, SyntaxNode creation)
        {
            var position = creation.SpanStart;
            var inStaticContext = model.GetEnclosingSymbol(position) is { IsStatic: true };
            return model.LookupSymbols(position)
                .Where(symbol => symbol.Name.IndexOf("seed", StringComparison.OrdinalIgnoreCase) >= 0)
                .Where(symbol => TypeOf(symbol)?.SpecialType == SpecialType.System_Int32)
                .Where(symbol => symbol is not ILocalSymbol local || local.Locations.All(l => l.SourceSpan.End <= position))
                .Where(symbol => !inStaticContext || symbol.IsStatic || symbol is ILocalSymbol or IParameterSymbol)
                .OrderBy(symbol => string.Equals(symbol.Name.TrimStart('_'), "seed", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                .ThenBy(symbol => symbol is ILocalSymbol or IParameterSymbol ? 0 : 1)
                .ThenBy(symbol => symbol.Name, StringComparer.Ordinal)
                .FirstOrDefault();
        }

        private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
        {
            ILocalSymbol local => local.Type,
            IParameterSymbol parameter => parameter.Type,
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            _ => null,
        };
    }
}
