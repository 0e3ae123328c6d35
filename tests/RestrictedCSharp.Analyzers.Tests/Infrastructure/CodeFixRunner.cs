using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace RestrictedCSharp.Analyzers.Tests.Infrastructure;

/// <summary>Applies a code fix through a workspace, the way an IDE does.</summary>
public static class CodeFixRunner
{
    /// <summary>Applies the provider's first fix to each fixable diagnostic in turn until none is left.</summary>
    public static async Task<string> ApplyAllAsync(CodeFixProvider provider, string source)
    {
        var document = CreateDocument(source);
        for (var round = 0; round < 20; round++)
        {
            var diagnostic = (await FixableDiagnosticsAsync(provider, document)).FirstOrDefault();
            if (diagnostic is null)
            {
                return (await document.GetTextAsync()).ToString();
            }

            var actions = new List<CodeAction>();
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            if (actions.Count == 0)
            {
                return (await document.GetTextAsync()).ToString();
            }

            document = await ApplyAsync(actions[0], document);
        }

        throw new InvalidOperationException("the fix did not converge");
    }

    /// <summary>Fixes every fixable diagnostic in the document at once through the provider's fix-all provider.</summary>
    public static async Task<string> FixAllAsync(CodeFixProvider provider, string source, string equivalenceKey)
    {
        var document = CreateDocument(source);
        var diagnostics = await FixableDiagnosticsAsync(provider, document);
        var context = new FixAllContext(
            document, provider, FixAllScope.Document, equivalenceKey,
            provider.FixableDiagnosticIds, new FixedDiagnostics(diagnostics), CancellationToken.None);
        var action = await provider.GetFixAllProvider()!.GetFixAsync(context);
        return (await (await ApplyAsync(action!, document)).GetTextAsync()).ToString();
    }

    public static async Task<ImmutableArray<Diagnostic>> FixableDiagnosticsAsync(CodeFixProvider provider, Document document)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        var all = await compilation.WithAnalyzers(RestrictedAnalyzers.Create(AnalyzerRunner.Bots)).GetAnalyzerDiagnosticsAsync();
        var fixable = new List<Diagnostic>();
        foreach (var diagnostic in all.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).OrderBy(d => d.Location.SourceSpan.Start))
        {
            var actions = new List<CodeAction>();
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            if (actions.Count > 0)
            {
                fixable.Add(diagnostic);
            }
        }

        return fixable.ToImmutableArray();
    }

    private static Document CreateDocument(string source)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Create(), "Bot", "Bot", LanguageNames.CSharp,
            compilationOptions: TestCompilations.Options,
            parseOptions: TestCompilations.ParseOptions,
            metadataReferences: TestCompilations.References));
        return workspace.AddDocument(project.Id, "Bot.cs", SourceText.From(source));
    }

    private static async Task<Document> ApplyAsync(CodeAction action, Document document)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return solution.GetDocument(document.Id)!;
    }

    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>([]);
    }
}
