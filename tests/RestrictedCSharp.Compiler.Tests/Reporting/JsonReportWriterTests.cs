using System.Text.Json;
using RestrictedCSharp.Compiler.Reporting;

namespace RestrictedCSharp.Compiler.Tests.Reporting;

public class JsonReportWriterTests
{
    [Fact]
    public void Writes_one_object_with_the_verdict_and_every_field_of_every_diagnostic()
    {
        var json = SampleDiagnostics.Render(o => JsonReportWriter.Write(o, accepted: false, SampleDiagnostics.All));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("accepted", "diagnostics");
        root.GetProperty("accepted").GetBoolean().Should().BeFalse();
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        diagnostics.Should().HaveCount(4);

        var denied = diagnostics[2];
        denied.EnumerateObject().Select(p => p.Name).Should().Equal(
            "id", "severity", "message", "file", "line", "column", "endLine", "endColumn", "suppressed", "helpUri", "otherUses");
        denied.GetProperty("id").GetString().Should().Be("RCX0001");
        denied.GetProperty("severity").GetString().Should().Be("error");
        denied.GetProperty("message").GetString().Should().Be(SampleDiagnostics.Denied.Message);
        denied.GetProperty("file").GetString().Should().Be("bots/Bad Bot.cs");
        denied.GetProperty("line").GetInt32().Should().Be(3);
        denied.GetProperty("column").GetInt32().Should().Be(36);
        denied.GetProperty("endLine").GetInt32().Should().Be(3);
        denied.GetProperty("endColumn").GetInt32().Should().Be(62);
        denied.GetProperty("suppressed").GetBoolean().Should().BeFalse();
        denied.GetProperty("helpUri").GetString().Should().EndWith("/docs/rules/RCX0001.md");
        denied.GetProperty("otherUses").GetInt32().Should().Be(0);

        diagnostics[1].GetProperty("severity").GetString().Should().Be("warning");
        diagnostics[1].GetProperty("helpUri").ValueKind.Should().Be(JsonValueKind.Null);
        diagnostics[3].GetProperty("suppressed").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void Keeps_text_readable()
    {
        var json = SampleDiagnostics.Render(o => JsonReportWriter.Write(o, accepted: false, new[] { SampleDiagnostics.Denied }));

        json.Should().Contain("'System.IO.File.ReadAllText(string)'");
    }
}
