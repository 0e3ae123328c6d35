using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Analyzers.CodeFixes
{
    /// <summary>What the code fixes have in common: the symbol diagnostics they answer, and finding the reported node.</summary>
    internal static class FixableDiagnostics
    {
        /// <summary>A refused symbol is refused whether a deny rule covers it or no rule allows it.</summary>
        public static ImmutableArray<string> SymbolIds { get; } = ImmutableArray.Create(
            RestrictedDiagnostics.SymbolDenied.Id, RestrictedDiagnostics.SymbolNotAllowed.Id);

        public static async Task<SyntaxNode?> ReportedNodeAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            return root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: false);
        }

        public static bool Is(ISymbol? symbol, string containingType, string name) =>
            symbol is not null
            && symbol.Name == name
            && symbol.ContainingType?.ToDisplayString() == containingType;
    }
}
