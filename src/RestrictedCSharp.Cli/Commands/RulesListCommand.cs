using System.CommandLine;
using RestrictedCSharp.Compiler;
using RestrictedCSharp.Compiler.Reporting;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>
/// <c>rcsc rules list [--rules FILE]</c>: the effective limits, features, symbol, size and cost rules, each with
/// the file and line it came from (<c>(default)</c> for a limit or feature no file set).
/// </summary>
internal static class RulesListCommand
{
    private const string Default = "(default)";

    public static Command Create(CliContext context)
    {
        var rules = CommonOptions.Rules();
        var command = new Command("list", "List the effective rules and where each came from.") { rules };
        command.SetAction(parsed =>
        {
            var loaded = CommonOptions.LoadRules(context, parsed.GetValue(rules), Directory.GetCurrentDirectory(), ReportFormat.Text);
            Write(context.Out, loaded.Rules!);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(TextWriter output, RuleSet rules)
    {
        var rows = new List<(string Origin, string Line)>();
        foreach (var limit in BudgetLimit.All)
        {
            var origin = rules.Limits.TryGetValue(limit.Name, out var setting) ? setting.Origin.ToString() : Default;
            rows.Add((origin, $"limit {limit.Name} {rules.GetLimit(limit)}"));
        }

        foreach (var feature in LanguageFeatureInfo.All)
        {
            var origin = rules.Features.TryGetValue(feature.Feature, out var setting) ? setting.Origin.ToString() : Default;
            rows.Add((origin, $"feature {feature.Name} {(rules.IsEnabled(feature.Feature) ? "on" : "off")}"));
        }

        foreach (var rule in rules.SymbolRules)
        {
            rows.Add((rule.Origin.ToString(), rule.ToString()));
        }

        foreach (var size in rules.SizeRules)
        {
            rows.Add((size.Origin.ToString(), size.Directive));
        }

        foreach (var cost in rules.CostRules)
        {
            rows.Add((cost.Origin.ToString(), cost.ToString()));
        }

        output.WriteLine($"# Effective rules, read from: {string.Join(", ", rules.Sources)}");
        var width = rows.Max(r => r.Origin.Length);
        foreach (var (origin, line) in rows)
        {
            output.WriteLine($"{origin.PadRight(width)}  {line}");
        }
    }
}
