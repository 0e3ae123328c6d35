using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Compiler;

/// <summary>
/// Per-file options for a submission's trees, fixed so the submission has no say: no file counts as
/// generated code (analyzers that skip generated code would otherwise skip a file named <c>*.g.cs</c>
/// or starting with <c>&lt;auto-generated&gt;</c>), and no file carries severities of its own (the
/// slot an <c>.editorconfig</c> would fill).
/// </summary>
internal sealed class SubmissionTreeOptions : SyntaxTreeOptionsProvider
{
    public static SubmissionTreeOptions Instance { get; } = new();

    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
    {
        severity = ReportDiagnostic.Default;
        return false;
    }

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
    {
        severity = ReportDiagnostic.Default;
        return false;
    }
}
