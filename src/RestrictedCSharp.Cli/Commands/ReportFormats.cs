using System.CommandLine;
using RestrictedCSharp.Compiler.Reporting;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>The <c>--format text|json|sarif</c> option of the commands that report diagnostics.</summary>
internal static class ReportFormats
{
    public static Option<string> Option()
    {
        var format = new Option<string>("--format")
        {
            Description = "Report format.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        return format;
    }

    public static ReportFormat Read(ParseResult parsed, Option<string> option) =>
        Enum.Parse<ReportFormat>(parsed.GetValue(option)!, ignoreCase: true);
}
