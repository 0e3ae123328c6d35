using Microsoft.CodeAnalysis;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Compiler.Reporting;

/// <summary>
/// MSBuild-style lines that editors and CI systems turn into clickable errors:
/// <c>path(line,col): error RCX0001: message (help link)</c>, as MSBuild prints analyzer errors, then a one-line verdict.
/// </summary>
public static class TextReportWriter
{
    public static void Write(TextWriter output, bool accepted, IReadOnlyList<SubmissionDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(FormatLine(diagnostic));
        }

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        output.WriteLine($"{(accepted ? "Accepted" : "Rejected")}: {errors} error(s), {warnings} warning(s)");
    }

    public static string FormatLine(SubmissionDiagnostic diagnostic)
    {
        var location = diagnostic.HasLocation ? $"{diagnostic.File}({diagnostic.Line},{diagnostic.Column}): " : string.Empty;
        var suppressed = diagnostic.Suppressed ? " (suppressed in source; still rejected)" : string.Empty;
        var help = diagnostic.HelpUri is null ? string.Empty : $" ({diagnostic.HelpUri})";
        // File names and messages may quote the bot's source: one line each, whatever it holds.
        return DisplayText.NeutralizeLine($"{location}{ReportWriter.SeverityName(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.Message}{suppressed}{help}");
    }
}
