using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Compiler;

/// <summary>
/// One finding about a submission, detached from Roslyn so that it can be reported, serialised and
/// compared. Lines and columns are 1-based; the end is exclusive. A diagnostic with no place in the
/// source (an empty submission) has an empty <see cref="File"/> and zero positions.
/// </summary>
public sealed record SubmissionDiagnostic(
    string Id,
    DiagnosticSeverity Severity,
    string Message,
    string File,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    bool Suppressed,
    string? HelpUri)
{
    /// <summary>True for diagnostics of the restricted dialect itself (as opposed to compiler ones).</summary>
    public bool IsRestrictedRule => Id.StartsWith(DiagnosticCatalog.IdPrefix, StringComparison.Ordinal);

    public bool HasLocation => File.Length > 0 && Line > 0;

    /// <summary>How many more uses of the same refused symbol in the same file this diagnostic stands for.</summary>
    public int OtherUses { get; init; }
}
