using System.Globalization;
using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Compiler;

/// <summary>
/// Turns Roslyn diagnostics into <see cref="SubmissionDiagnostic"/>s. RCX diagnostics and analyzer
/// crashes are errors whatever severity they arrived with. Locations are the real ones: a
/// <c>#line</c> directive in the submission cannot move a finding to another file or line.
/// </summary>
internal static class DiagnosticConverter
{
    /// <summary>Converts each diagnostic, leaving out those that <see cref="Convert"/> drops.</summary>
    public static IEnumerable<SubmissionDiagnostic> ConvertAll(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(Convert).OfType<SubmissionDiagnostic>();

    public static SubmissionDiagnostic? Convert(Diagnostic diagnostic)
    {
        var isRestricted = diagnostic.Id.StartsWith(DiagnosticCatalog.IdPrefix, StringComparison.Ordinal);
        var mustReject = isRestricted || diagnostic.Id == SubmissionCompilation.AnalyzerFailureId;
        var severity = mustReject ? DiagnosticSeverity.Error : diagnostic.Severity;

        // Hidden diagnostics are IDE hints, and a compiler warning the author silenced is theirs to silence.
        if (severity == DiagnosticSeverity.Hidden || (diagnostic.IsSuppressed && !mustReject))
        {
            return null;
        }

        var file = string.Empty;
        int line = 0, column = 0, endLine = 0, endColumn = 0;
        if (diagnostic.Location.IsInSource)
        {
            var span = diagnostic.Location.GetLineSpan(); // unmapped: ignores #line
            file = span.Path;
            line = span.StartLinePosition.Line + 1;
            column = span.StartLinePosition.Character + 1;
            endLine = span.EndLinePosition.Line + 1;
            endColumn = span.EndLinePosition.Character + 1;
        }

        var helpUri = diagnostic.Descriptor.HelpLinkUri;
        return new SubmissionDiagnostic(
            diagnostic.Id,
            severity,
            diagnostic.GetMessage(CultureInfo.InvariantCulture),
            file,
            line,
            column,
            endLine,
            endColumn,
            diagnostic.IsSuppressed,
            string.IsNullOrEmpty(helpUri) ? null : helpUri);
    }
}
