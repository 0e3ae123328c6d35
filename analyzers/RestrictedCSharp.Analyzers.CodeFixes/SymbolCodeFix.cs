using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace RestrictedCSharp.Analyzers.CodeFixes
{
    /// <summary>
    /// What the code fixes have in common: they answer the refused-symbol diagnostics, offer one action
    /// where their construct is found at the reported node, and find it again when applied.
    /// </summary>
    public abstract class SymbolCodeFix : CodeFixProvider
    {
        private readonly string _title;
        private readonly string _equivalenceKey;

        private protected SymbolCodeFix(string title, string equivalenceKey)
        {
            _title = title;
            _equivalenceKey = equivalenceKey;
        }

        /// <summary>A refused symbol is refused whether a deny rule covers it or no rule allows it.</summary>
        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            RestrictedDiagnostics.SymbolDenied.Id, RestrictedDiagnostics.SymbolNotAllowed.Id);

        public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!await IsFixableAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false))
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(_title, cancellationToken => FixAsync(context.Document, diagnostic, cancellationToken), _equivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>Whether the diagnostic sits on the construct this fix rewrites.</summary>
        private protected abstract Task<bool> IsFixableAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken);

        /// <summary>The document with the construct rewritten, or unchanged if it is no longer there.</summary>
        private protected abstract Task<Document> FixAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken);

        private protected static async Task<SyntaxNode?> ReportedNodeAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            return root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: false);
        }

        private protected static bool Is(ISymbol? symbol, string containingType, string name) =>
            symbol is not null
            && symbol.Name == name
            && symbol.ContainingType?.ToDisplayString() == containingType;
    }
}
