using System.CommandLine;

namespace RestrictedCSharp.Cli.Commands;

/// <summary><c>rcsc rules list|explain|init</c>: inspecting and starting rules files.</summary>
internal static class RulesCommand
{
    public static Command Create(CliContext context) => new("rules", "Inspect the rules in force, explain a diagnostic, or start a rules file.")
    {
        RulesListCommand.Create(context),
        RulesExplainCommand.Create(context),
        RulesInitCommand.Create(context),
    };
}
