using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RestrictedCSharp.Compiler.Reporting;

/// <summary>
/// One JSON object: <c>{"accepted": bool, "diagnostics": [{"id", "severity", "message", "file", "line",
/// "column", "endLine", "endColumn", "suppressed", "helpUri", "otherUses"}]}</c>, camelCase, lower-case severity;
/// <c>otherUses</c> counts the further uses in the same file of the refused symbol the diagnostic names.
/// </summary>
public static class JsonReportWriter
{
    public static void Write(TextWriter output, bool accepted, IReadOnlyList<SubmissionDiagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteBoolean("accepted", accepted);
            json.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("id", d.Id);
                json.WriteString("severity", ReportWriter.SeverityName(d.Severity));
                json.WriteString("message", d.Message);
                json.WriteString("file", d.File);
                json.WriteNumber("line", d.Line);
                json.WriteNumber("column", d.Column);
                json.WriteNumber("endLine", d.EndLine);
                json.WriteNumber("endColumn", d.EndColumn);
                json.WriteBoolean("suppressed", d.Suppressed);
                if (d.HelpUri is null)
                {
                    json.WriteNull("helpUri");
                }
                else
                {
                    json.WriteString("helpUri", d.HelpUri);
                }

                json.WriteNumber("otherUses", d.OtherUses);

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
