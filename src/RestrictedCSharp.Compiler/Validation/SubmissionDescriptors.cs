using System.Globalization;
using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Compiler;

/// <summary>
/// Builds the diagnostics validation reports itself — the front-door limits (RCX1001–RCX1006) and
/// rules-file errors (RCX0901) — from the analyzer's descriptors of <see cref="Rules.RcxCatalog"/>, so titles,
/// messages and help links have one source.
/// </summary>
internal static class SubmissionDescriptors
{
    public static SubmissionDiagnostic At(
        DiagnosticDescriptor descriptor, string file, int line, int column, int endLine, int endColumn, params object[] arguments) =>
        new(descriptor.Id,
            DiagnosticSeverity.Error,
            string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), arguments),
            file,
            line,
            column,
            endLine,
            endColumn,
            Suppressed: false,
            HelpUri: string.IsNullOrEmpty(descriptor.HelpLinkUri) ? null : descriptor.HelpLinkUri);

    /// <summary>A diagnostic at a place in a parsed tree.</summary>
    public static SubmissionDiagnostic At(DiagnosticDescriptor descriptor, Location location, params object[] arguments)
    {
        var span = location.GetLineSpan();
        return At(
            descriptor,
            span.Path,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1,
            span.EndLinePosition.Character + 1,
            arguments);
    }

    /// <summary>A diagnostic about the submission as a whole, with no place in any file.</summary>
    public static SubmissionDiagnostic Nowhere(DiagnosticDescriptor descriptor, params object[] arguments) =>
        At(descriptor, string.Empty, 0, 0, 0, 0, arguments);
}
