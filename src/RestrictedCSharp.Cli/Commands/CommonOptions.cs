using System.CommandLine;
using RestrictedCSharp.Compiler;
using RestrictedCSharp.Compiler.Reporting;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>Options and rule loading shared by more than one command.</summary>
internal static class CommonOptions
{
    public static Option<string?> Rules() => new("--rules")
    {
        Description = $"The rules file to use (default: the nearest '{RulesFiles.FileName}' at or above the first input, else the '{RulesFiles.DefaultPreset}' preset).",
        HelpName = "FILE",
    };

    /// <summary>Loads the rules; on errors, writes them as RCX0901 diagnostics in the chosen format and stops with exit 2.</summary>
    public static RulesFileResult LoadRules(CliContext context, string? rulesPath, string startPath, ReportFormat format)
    {
        if (rulesPath is not null && !File.Exists(rulesPath))
        {
            throw new CliException($"rules file '{rulesPath}' does not exist");
        }

        var loaded = rulesPath is null ? RulesFiles.LoadNearestOrDefault(startPath) : RulesFiles.Load(rulesPath);
        if (!loaded.Succeeded)
        {
            ReportWriter.Write(context.Out, format, accepted: false, loaded.Diagnostics);
            throw new CliException($"the rules in '{loaded.Source}' have errors; nothing was checked");
        }

        return loaded;
    }
}
