using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RestrictedCSharp.Compiler;

/// <summary>Creates the compilation of a submission with fixed options.</summary>
internal static class SubmissionCompilation
{
    public const string AssemblyName = "Submission";

    /// <summary>The analyzer's own exception diagnostic: analysis that crashed is analysis that did not happen.</summary>
    public const string AnalyzerFailureId = "AD0001";

    public static CSharpCompilation Create(
        ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references, IEnumerable<string> forcedErrorIds)
    {
        // Every RCX diagnostic (and an analyzer crash) is an error whatever the source says.
        var forced = forcedErrorIds
            .Append(AnalyzerFailureId)
            .Distinct(StringComparer.Ordinal)
            .Select(id => KeyValuePair.Create(id, ReportDiagnostic.Error));

        // Nullable annotations are allowed but not checked: the warnings never change a verdict,
        // the author's project (the template enables them) shows them while writing, and the
        // analysis is a large share of a warm check (docs/BENCHMARKS.md). A file that asks with '#nullable enable' gets them.
        var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                checkOverflow: false,
                allowUnsafe: false,
                deterministic: true,
                nullableContextOptions: NullableContextOptions.Annotations,
                specificDiagnosticOptions: forced)
            .WithSyntaxTreeOptionsProvider(SubmissionTreeOptions.Instance);

        return CSharpCompilation.Create(AssemblyName, trees, references, options);
    }
}
