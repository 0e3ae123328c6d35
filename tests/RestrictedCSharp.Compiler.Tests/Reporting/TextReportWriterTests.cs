using RestrictedCSharp.Compiler.Reporting;

namespace RestrictedCSharp.Compiler.Tests.Reporting;

public class TextReportWriterTests
{
    [Fact]
    public void Writes_msbuild_style_lines_then_the_verdict()
    {
        var text = SampleDiagnostics.Render(o => TextReportWriter.Write(o, accepted: false, SampleDiagnostics.All));

        text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "error RCX1006: The submission contains no source files (https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/RCX1006.md)",
            "/abs/path/Good.cs(1,5): warning CS8600: Converting null literal or possible null value to non-nullable type.",
            "bots/Bad Bot.cs(3,36): error RCX0001: 'System.IO.File.ReadAllText(string)' is not allowed: no file system access (https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/RCX0001.md)",
            "bots/Bad Bot.cs(7,36): error RCX0001: 'System.IO.File.ReadAllText(string)' is not allowed: no file system access (suppressed in source; still rejected) (https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/RCX0001.md)",
            "Rejected: 3 error(s), 1 warning(s)");
    }

    [Fact]
    public void An_accepted_submission_says_so()
    {
        var text = SampleDiagnostics.Render(o => TextReportWriter.Write(o, accepted: true, Array.Empty<SubmissionDiagnostic>()));

        text.Trim().Should().Be("Accepted: 0 error(s), 0 warning(s)");
    }
}
