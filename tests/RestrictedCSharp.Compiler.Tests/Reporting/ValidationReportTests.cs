using System.Text.Json;
using RestrictedCSharp.Compiler.Reporting;
using RestrictedCSharp.Compiler.Tests.Validation;

namespace RestrictedCSharp.Compiler.Tests.Reporting;

/// <summary>A real validation result through each format.</summary>
public class ValidationReportTests
{
    [Theory]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Sarif)]
    public async Task Every_format_reports_a_rejection_with_its_id_and_place(ReportFormat format)
    {
        var result = await Submissions.ValidateAsync(Submissions.FileReadingBot, "Bot.cs");

        var report = SampleDiagnostics.Render(o => ReportWriter.Write(o, format, result));

        report.Should().Contain("RCX0001");
        if (format == ReportFormat.Text)
        {
            report.Should().Contain("Bot.cs(3,");
        }
        else
        {
            using var _ = JsonDocument.Parse(report);
        }
    }
}
