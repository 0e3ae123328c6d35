using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Compiler.Reporting;

/// <summary>
/// SARIF 2.1.0 in the shape the C# compiler's <c>/errorlog</c> writes: one run whose tool driver lists
/// a rule per reported ID, and one result per diagnostic, pointing at its rule by index. Suppressed
/// findings carry <c>suppressions: [{"kind": "inSource"}]</c>.
/// </summary>
public static class SarifReportWriter
{
    public const string SchemaUri = "http://json.schemastore.org/sarif-2.1.0";
    public const string ToolName = "RestrictedCSharp";
    public const string InformationUri = "https://github.com/RestrictedCSharp/RestrictedCSharp";

    public static void Write(TextWriter output, IReadOnlyList<SubmissionDiagnostic> diagnostics)
    {
        var rules = diagnostics
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        var ruleIndex = rules.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartArray("results");
            foreach (var diagnostic in diagnostics)
            {
                WriteResult(json, diagnostic, ruleIndex[diagnostic.Id]);
            }

            json.WriteEndArray();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", ToolName);
            json.WriteString("version", ToolVersion());
            json.WriteString("informationUri", InformationUri);
            json.WriteString("language", "en-US");
            json.WriteStartArray("rules");
            foreach (var first in rules)
            {
                WriteRule(json, first);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteResult(Utf8JsonWriter json, SubmissionDiagnostic diagnostic, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();

        json.WriteStartArray("locations");
        if (diagnostic.HasLocation)
        {
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", ArtifactUri(diagnostic.File));
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", diagnostic.Line);
            json.WriteNumber("startColumn", diagnostic.Column);
            json.WriteNumber("endLine", diagnostic.EndLine);
            json.WriteNumber("endColumn", diagnostic.EndColumn);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        if (diagnostic.Suppressed)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, SubmissionDiagnostic first)
    {
        json.WriteStartObject();
        json.WriteString("id", first.Id);
        if (DiagnosticCatalog.TryGet(first.Id, out var descriptor))
        {
            WriteText(json, "shortDescription", descriptor.Title.ToString(CultureInfo.InvariantCulture));
            var description = descriptor.Description.ToString(CultureInfo.InvariantCulture);
            if (description.Length > 0)
            {
                WriteText(json, "fullDescription", description);
            }

            WriteHelpUri(json, string.IsNullOrEmpty(descriptor.HelpLinkUri) ? first.HelpUri : descriptor.HelpLinkUri);
            WriteProperties(json, descriptor.Category, descriptor.CustomTags);
        }
        else
        {
            // Compiler diagnostics: the first message stands in for the title, as nothing else is known.
            WriteText(json, "shortDescription", first.Message);
            WriteHelpUri(json, first.HelpUri);
            WriteProperties(json, first.Id.StartsWith("CS", StringComparison.Ordinal) ? "Compiler" : "Analyzer", Array.Empty<string>());
        }

        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static void WriteHelpUri(Utf8JsonWriter json, string? uri)
    {
        if (!string.IsNullOrEmpty(uri))
        {
            json.WriteString("helpUri", uri);
        }
    }

    private static void WriteProperties(Utf8JsonWriter json, string category, IEnumerable<string> tags)
    {
        json.WriteStartObject("properties");
        json.WriteString("category", category);
        var tagList = tags.ToList();
        if (tagList.Count > 0)
        {
            json.WriteStartArray("tags");
            foreach (var tag in tagList)
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    /// <summary>An absolute path becomes a <c>file:</c> URI; a relative one a relative URI reference.</summary>
    internal static string ArtifactUri(string path)
    {
        if (Path.IsPathFullyQualified(path))
        {
            return new Uri(path).AbsoluteUri;
        }

        var segments = path.Split(new[] { '/', '\\' }, StringSplitOptions.None);
        return string.Join("/", segments.Select(Uri.EscapeDataString));
    }

    private static string ToolVersion()
    {
        var assembly = typeof(SarifReportWriter).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return (informational ?? assembly.GetName().Version?.ToString() ?? "0.0.0").Split('+')[0];
    }
}
