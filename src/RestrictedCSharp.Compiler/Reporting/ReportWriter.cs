namespace RestrictedCSharp.Compiler.Reporting;

/// <summary>Writes a verdict and its diagnostics in a chosen format.</summary>
public static class ReportWriter
{
    public static void Write(TextWriter output, ReportFormat format, bool accepted, IReadOnlyList<SubmissionDiagnostic> diagnostics)
    {
        switch (format)
        {
            case ReportFormat.Text:
                TextReportWriter.Write(output, accepted, diagnostics);
                break;
            case ReportFormat.Json:
                JsonReportWriter.Write(output, accepted, diagnostics);
                break;
            case ReportFormat.Sarif:
                SarifReportWriter.Write(output, diagnostics);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "unknown report format");
        }
    }

    public static void Write(TextWriter output, ReportFormat format, ValidationResult result) =>
        Write(output, format, result.Accepted, result.Diagnostics);

    /// <summary>The lower-case severity name every format uses.</summary>
    internal static string SeverityName(Microsoft.CodeAnalysis.DiagnosticSeverity severity) => severity switch
    {
        Microsoft.CodeAnalysis.DiagnosticSeverity.Error => "error",
        Microsoft.CodeAnalysis.DiagnosticSeverity.Warning => "warning",
        Microsoft.CodeAnalysis.DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
