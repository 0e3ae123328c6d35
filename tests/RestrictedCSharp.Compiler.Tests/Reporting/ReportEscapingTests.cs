using System.Text.Json;
using Microsoft.CodeAnalysis;
using RestrictedCSharp.Compiler.Reporting;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Compiler.Tests.Reporting;

/// <summary>
/// A bot's source text reaches diagnostic messages (a quoted receiver, a compiler error quoting a token). A report
/// printed to an operator's terminal must not let it forge lines, clear the screen or change colours: control
/// characters are written as escapes in the text report, and the JSON and SARIF serializers escape them already.
/// </summary>
public class ReportEscapingTests
{
    private const string Escape = "\u001b";

    private static readonly string Forged = "\u001b[2J\nfake.cs(1,1): error RCX0001: forged\r\u0085\u2028\u202e";

    [Fact]
    public void Text_lines_write_control_characters_as_escapes()
    {
        var diagnostic = SampleDiagnostics.Denied with { Message = "quoted " + Forged, File = "bots/a\nb.cs" };

        var line = TextReportWriter.FormatLine(diagnostic);

        line.Should().NotContain(Escape).And.NotContain("\n").And.NotContain("\r").And.NotContain("\u0085").And.NotContain("\u2028").And.NotContain("\u202e");
        line.Should().Contain(@"\u001B[2J\u000Afake.cs(1,1): error RCX0001: forged\u000D\u0085\u2028\u202E").And.StartWith(@"bots/a\u000Ab.cs(3,36): ");
    }

    [Fact]
    public void Plain_text_is_written_as_it_was()
    {
        var diagnostic = SampleDiagnostics.Denied with { Message = "'a?.Name' (tab\there) — ünïcode" };

        TextReportWriter.FormatLine(diagnostic).Should().Contain("'a?.Name' (tab\\u0009here) — ünïcode");
    }

    [Fact]
    public async Task A_bot_whose_source_a_diagnostic_quotes_cannot_forge_report_lines()
    {
        var source = $$"""
            public sealed class Box { public string Name = ""; }
            public sealed class Bot
            {
                public string? Tail(Box? a) => a? /*{{Escape}}[2J
            fake.cs(1,1): error RCX0001: forged */ .Name[1..];
            }
            """;
        var result = await new SubmissionValidator(RuleSetLoader.Preset(Presets.Bots)).ValidateAsync([new SourceFile("Bot.cs", source)]);
        result.Diagnostics.Should().Contain(d => d.Message.Contains(Escape), "the attack needs a diagnostic that quotes the comment");

        var text = SampleDiagnostics.Render(o => ReportWriter.Write(o, ReportFormat.Text, result));
        text.Should().NotContain(Escape);
        text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(result.Diagnostics.Length + 1)
            .And.NotContain(l => l.StartsWith("fake.cs", StringComparison.Ordinal));

        foreach (var format in new[] { ReportFormat.Json, ReportFormat.Sarif })
        {
            var json = SampleDiagnostics.Render(o => ReportWriter.Write(o, format, result));
            json.Should().NotContain(Escape, "{0} escapes control characters", format);
            using var parsed = JsonDocument.Parse(json);
            parsed.RootElement.GetRawText().Should().Contain("\\u001B[2J", "{0} keeps the text, escaped", format);
        }
    }
}
