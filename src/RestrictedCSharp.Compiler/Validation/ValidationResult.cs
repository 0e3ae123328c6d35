using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RestrictedCSharp.Compiler;

/// <summary>The verdict on a submission, with every diagnostic that led to it.</summary>
public sealed class ValidationResult
{
    internal ValidationResult(IEnumerable<SubmissionDiagnostic> diagnostics, CSharpCompilation? compilation)
    {
        Diagnostics = Sort(diagnostics);
        Accepted = IsAcceptable(Diagnostics);
        Compilation = compilation;
    }

    /// <summary>
    /// True when nothing rejects the submission: no error of any kind, and no RCX diagnostic at all —
    /// an RCX diagnostic the source suppressed still rejects.
    /// </summary>
    public bool Accepted { get; }

    /// <summary>Sorted by file, line, column and ID.</summary>
    public ImmutableArray<SubmissionDiagnostic> Diagnostics { get; }

    /// <summary>The analysed compilation; null when the submission was stopped before parsing.</summary>
    public CSharpCompilation? Compilation { get; }

    /// <summary>The acceptance rule, in one place, for anyone who reports diagnostics without a compilation.</summary>
    public static bool IsAcceptable(IEnumerable<SubmissionDiagnostic> diagnostics) =>
        !diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error || d.IsRestrictedRule);

    /// <summary>Sorts diagnostics into the order every report uses: file, line, column, ID.</summary>
    public static ImmutableArray<SubmissionDiagnostic> Sort(IEnumerable<SubmissionDiagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToImmutableArray();
}
