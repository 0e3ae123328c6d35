using System.Text.Json;
using RestrictedCSharp.Compiler.Reporting;

namespace RestrictedCSharp.Compiler.Tests.Reporting;

/// <summary>The SARIF log is parsed back and checked against the shape the C# compiler's /errorlog writes.</summary>
public class SarifReportWriterTests
{
    private static JsonDocument Write(IReadOnlyList<SubmissionDiagnostic> diagnostics) =>
        JsonDocument.Parse(SampleDiagnostics.Render(o => SarifReportWriter.Write(o, diagnostics)));

    [Fact]
    public void Has_the_sarif_2_1_0_envelope_and_one_run_with_the_tool()
    {
        using var log = Write(SampleDiagnostics.All);
        var root = log.RootElement;

        root.GetProperty("$schema").GetString().Should().Be("http://json.schemastore.org/sarif-2.1.0");
        root.GetProperty("version").GetString().Should().Be("2.1.0");
        var run = root.GetProperty("runs").EnumerateArray().Should().ContainSingle().Subject;
        var driver = run.GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().Should().Be("RestrictedCSharp");
        driver.GetProperty("version").GetString().Should().NotBeNullOrEmpty();
        driver.GetProperty("informationUri").GetString().Should().StartWith("https://");
    }

    [Fact]
    public void Lists_one_rule_per_reported_id_with_its_description_help_and_category()
    {
        using var log = Write(SampleDiagnostics.All);
        var rules = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")
            .EnumerateArray().ToList();

        rules.Select(r => r.GetProperty("id").GetString()).Should().Equal("CS8600", "RCX0001", "RCX1006");
        var denied = rules[1];
        denied.GetProperty("shortDescription").GetProperty("text").GetString().Should().NotBeNullOrEmpty();
        denied.GetProperty("helpUri").GetString().Should().EndWith("/docs/rules/RCX0001.md");
        denied.GetProperty("properties").GetProperty("category").GetString().Should().Be("Symbols");
        rules[0].GetProperty("properties").GetProperty("category").GetString().Should().Be("Compiler");
        rules[2].GetProperty("properties").GetProperty("category").GetString().Should().Be("Submission");
    }

    [Fact]
    public void Writes_a_result_per_diagnostic_pointing_at_its_rule_and_place()
    {
        using var log = Write(SampleDiagnostics.All);
        var run = log.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var results = run.GetProperty("results").EnumerateArray().ToList();

        results.Should().HaveCount(4);
        foreach (var result in results)
        {
            var index = result.GetProperty("ruleIndex").GetInt32();
            rules[index].GetProperty("id").GetString().Should().Be(result.GetProperty("ruleId").GetString());
        }

        var denied = results[2];
        denied.GetProperty("level").GetString().Should().Be("error");
        denied.GetProperty("message").GetProperty("text").GetString().Should().Be(SampleDiagnostics.Denied.Message);
        var location = denied.GetProperty("locations").EnumerateArray().Should().ContainSingle().Subject.GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("bots/Bad%20Bot.cs");
        var region = location.GetProperty("region");
        (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
         region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()).Should().Be((3, 36, 3, 62));
        denied.TryGetProperty("suppressions", out _).Should().BeFalse();

        results[1].GetProperty("level").GetString().Should().Be("warning");
        results[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri")
            .GetString().Should().Be("file:///abs/path/Good.cs");
        results[0].GetProperty("locations").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void A_suppressed_diagnostic_carries_an_in_source_suppression()
    {
        using var log = Write(new[] { SampleDiagnostics.SuppressedDenied });
        var result = log.RootElement.GetProperty("runs")[0].GetProperty("results")[0];

        var suppression = result.GetProperty("suppressions").EnumerateArray().Should().ContainSingle().Subject;
        suppression.GetProperty("kind").GetString().Should().Be("inSource");
        result.GetProperty("level").GetString().Should().Be("error");
    }

    [Fact]
    public void An_empty_report_is_still_a_valid_log()
    {
        using var log = Write(Array.Empty<SubmissionDiagnostic>());
        var run = log.RootElement.GetProperty("runs")[0];

        run.GetProperty("results").GetArrayLength().Should().Be(0);
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength().Should().Be(0);
    }
}

/// <summary>The log is checked against the SARIF 2.1.0 JSON schema itself (a test resource: no network at test time).</summary>
public class SarifSchemaTests
{
    private static readonly Lazy<NJsonSchema.JsonSchema> Schema = new(() => NJsonSchema.JsonSchema
        .FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reporting", "sarif-2.1.0-rtm.5.json"))).GetAwaiter().GetResult());

    private static IEnumerable<string> Errors(string log) => Schema.Value.Validate(log).Select(e => $"{e.Path}: {e.Kind}");

    [Fact]
    public void The_log_of_every_kind_of_diagnostic_is_valid_sarif_2_1_0()
    {
        Errors(SampleDiagnostics.Render(o => SarifReportWriter.Write(o, SampleDiagnostics.All))).Should().BeEmpty();
    }

    [Fact]
    public void The_log_of_an_accepted_submission_is_valid_sarif_2_1_0()
    {
        Errors(SampleDiagnostics.Render(o => SarifReportWriter.Write(o, []))).Should().BeEmpty();
    }

    [Fact]
    public void The_schema_check_can_fail()
    {
        var log = SampleDiagnostics.Render(o => SarifReportWriter.Write(o, SampleDiagnostics.All)).Replace("\"level\": \"error\"", "\"level\": \"fatal\"");

        Errors(log).Should().NotBeEmpty("'fatal' is not a SARIF level");
    }
}
