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
    /// Removes a <c>Console.WriteLine(...)</c> or <c>Console.Write(...)</c> statement: bots have no
    /// console. Where a statement is required (the body of an <c>if</c>, say), an empty block stays.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveConsoleWriteCodeFix)), Shared]
    public sealed class RemoveConsoleWriteCodeFix : SymbolCodeFix
    {
        public RemoveConsoleWriteCodeFix()
            : base("Remove the console output (bots have no console)", "RCX.RemoveConsoleWrite")
        {
        }

        private protected override async Task<bool> IsFixableAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken) =>
            await FixableStatementAsync(document, diagnostic, cancellationToken).ConfigureAwait(false) is not null;

        private protected override Task<Document> FixAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken) =>
            RemoveAsync(document, diagnostic, cancellationToken);

        private static async Task<ExpressionStatementSyntax?> FixableStatementAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            // The analyzer reports a call at its callee: the invocation is the parent.
            var callee = await ReportedNodeAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
            if (callee?.Parent is not InvocationExpressionSyntax invocation
                || invocation.Expression != callee
                || invocation.Parent is not ExpressionStatementSyntax statement)
            {
                return null;
            }

            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var method = model?.GetSymbolInfo(invocation, cancellationToken).Symbol;
            return Is(method, "System.Console", "WriteLine") || Is(method, "System.Console", "Write")
                ? statement
                : null;
        }

        private static async Task<Document> RemoveAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var statement = await FixableStatementAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (statement is null || root is null)
            {
                return document;
            }

            SyntaxNode? newRoot = statement.Parent switch
            {
                BlockSyntax or SwitchSectionSyntax => root.RemoveNode(statement, SyntaxRemoveOptions.KeepUnbalancedDirectives),
                GlobalStatementSyntax global => root.RemoveNode(global, SyntaxRemoveOptions.KeepUnbalancedDirectives),
                _ => root.ReplaceNode(statement, SyntaxFactory.Block().WithTriviaFrom(statement)),
            };
            return newRoot is null ? document : document.WithSyntaxRoot(newRoot);
        }
    }
}
