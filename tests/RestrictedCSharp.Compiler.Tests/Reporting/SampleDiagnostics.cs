using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Compiler.Tests.Reporting;

/// <summary>A fixed set of diagnostics covering every shape a report must handle.</summary>
internal static class SampleDiagnostics
{
    public static readonly SubmissionDiagnostic Denied = new(
        "RCX0001", DiagnosticSeverity.Error, "'System.IO.File.ReadAllText(string)' is not allowed: no file system access",
        "bots/Bad Bot.cs", 3, 36, 3, 62, Suppressed: false,
        "https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/RCX0001.md");

    public static readonly SubmissionDiagnostic SuppressedDenied = Denied with { Line = 7, EndLine = 7, Suppressed = true };

    public static readonly SubmissionDiagnostic CompilerWarning = new(
        "CS8600", DiagnosticSeverity.Warning, "Converting null literal or possible null value to non-nullable type.",
        "/abs/path/Good.cs", 1, 5, 1, 9, Suppressed: false, HelpUri: null);

    public static readonly SubmissionDiagnostic Empty = new(
        "RCX1006", DiagnosticSeverity.Error, "The submission contains no source files", string.Empty, 0, 0, 0, 0, Suppressed: false,
        "https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/RCX1006.md");

    public static IReadOnlyList<SubmissionDiagnostic> All => new[] { Empty, CompilerWarning, Denied, SuppressedDenied };

    public static string Render(Action<StringWriter> write)
    {
        using var output = new StringWriter();
        write(output);
        return output.ToString();
    }
}
