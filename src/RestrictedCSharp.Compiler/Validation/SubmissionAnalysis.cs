using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RestrictedCSharp.Compiler;

/// <summary>
/// Runs the compiler and the restricted analyzers over a submission and returns every diagnostic,
/// including the ones the source suppressed (<c>#pragma</c>, <c>[SuppressMessage]</c>): those are
/// reported as suppressed and still reject. No additional files or config files reach the analyzers.
/// </summary>
internal static class SubmissionAnalysis
{
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(
        CSharpCompilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken)
    {
        if (analyzers.IsEmpty)
        {
            return compilation.GetDiagnostics(cancellationToken);
        }

        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: null, // reported as AD0001, which validation treats as an error
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: true);

        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        return await withAnalyzers.GetAllDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
    }
}
