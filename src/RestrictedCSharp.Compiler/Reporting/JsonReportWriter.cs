using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RestrictedCSharp.Compiler.Reporting;

/// <summary>
/// One JSON object: <c>{"accepted": bool, "diagnostics": [{"id", "severity", "message", "file", "line",
/// "column", "endLine", "endColumn", "suppressed", "helpUri", "otherUses"}]}</c>, camelCase, lower-case severity;
/// <c>otherUses</c> counts the further uses in the same file of the refused symbol the diagnostic names.
/// </summary>
public static class JsonReportWriter
{
    // Indented and with relaxed escaping (messages quote C# such as List<int>): the writer's options, not the context's.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter output, bool accepted, IReadOnlyList<SubmissionDiagnostic> diagnostics)
    {
        var report = new JsonReport(accepted, [.. diagnostics.Select(d => new JsonReportDiagnostic(
            d.Id, ReportWriter.SeverityName(d.Severity), d.Message, d.File, d.Line, d.Column, d.EndLine, d.EndColumn,
            d.Suppressed, d.HelpUri, d.OtherUses))]);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
            JsonSerializer.Serialize(json, report, ReportJsonContext.Default.JsonReport);
        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}

/// <summary>The report in the shape of its JSON, members in the order they are written (tests pin the output).</summary>
internal sealed record JsonReport(bool Accepted, IReadOnlyList<JsonReportDiagnostic> Diagnostics);

internal sealed record JsonReportDiagnostic(
    string Id, string Severity, string Message, string File, int Line, int Column, int EndLine, int EndColumn,
    bool Suppressed, string? HelpUri, int OtherUses);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(JsonReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
