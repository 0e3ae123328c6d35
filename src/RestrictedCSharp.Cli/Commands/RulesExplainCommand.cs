using System.CommandLine;
using System.Globalization;
using Microsoft.CodeAnalysis;
using RestrictedCSharp.Compiler;
using RestrictedCSharp.Compiler.Reporting;
using RestrictedCSharp.Rules;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>
/// <c>rcsc rules explain RCXnnnn [--symbol ID] [--rules FILE]</c>: the diagnostic's rule page (what it reports, why,
/// an example, what to write instead) as shipped in rcsc; with <c>--symbol</c>, the rule in force that decides
/// that symbol under the rules (the nearest rules file, else the default preset).
/// </summary>
internal static class RulesExplainCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "A diagnostic ID, e.g. RCX0001." };
        var symbol = new Option<string?>("--symbol")
        {
            Description = "A symbol's documentation ID (T:System.Console, M:System.Random.#ctor, N:System.IO): print the rule in force that decides it.",
            HelpName = "ID",
        };
        var rules = CommonOptions.Rules();
        var command = new Command("explain", "Explain a diagnostic (its rule page) and, for a symbol, the rule that decides it.") { id, symbol, rules };
        command.SetAction(parsed =>
        {
            var requested = parsed.GetValue(id)!.Trim();
            if (!DiagnosticCatalog.TryGet(requested, out var descriptor))
            {
                throw new CliException($"unknown diagnostic ID '{requested}'; run 'rcsc rules explain' with an ID from docs/DIAGNOSTICS.md, e.g. RCX0001");
            }

            var symbolId = parsed.GetValue(symbol)?.Trim();
            if (symbolId is not null && !SymbolIds.IsDocumentationId(symbolId))
            {
                throw new CliException($"--symbol takes a documentation ID such as 'T:System.Console' or 'M:System.Math.Max(System.Int32,System.Int32)', not '{symbolId}'");
            }

            // The rules are read before anything is printed: an error in them is the only output.
            var loaded = symbolId is null ? null : CommonOptions.LoadRules(context, parsed.GetValue(rules), Directory.GetCurrentDirectory(), ReportFormat.Text).Rules!;
            WritePage(context.Out, descriptor);
            if (loaded is not null) WriteDecision(context.Out, loaded, symbolId!);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WritePage(TextWriter output, DiagnosticDescriptor descriptor)
    {
        var page = RulePages.Find(descriptor.Id);
        if (page is null)
        {
            var culture = CultureInfo.InvariantCulture;
            output.WriteLine($"{descriptor.Id}: {descriptor.Title.ToString(culture)}");
            output.WriteLine($"Category: {descriptor.Category}");
            output.WriteLine($"Message:  {descriptor.MessageFormat.ToString(culture)}");
            var description = descriptor.Description.ToString(culture);
            if (description.Length > 0) output.WriteLine($"{Environment.NewLine}{description}");
        }
        else
        {
            // The page's title heading reads as the first line of the explanation: "RCX0001: Symbol denied by a rule".
            output.WriteLine(page.StartsWith("# ", StringComparison.Ordinal) ? page[2..].TrimEnd() : page.TrimEnd());
        }

        output.WriteLine();
        output.WriteLine($"Online: {descriptor.HelpLinkUri}");
    }

    /// <summary>The deciding rule for the symbol and, for a member, for the type that holds it (both must allow).</summary>
    private static void WriteDecision(TextWriter output, RuleSet rules, string symbolId)
    {
        output.WriteLine();
        output.WriteLine($"## Rule in force (rules: {string.Join(", ", rules.Sources)})");
        output.WriteLine(Decision(rules, symbolId));
        if (SymbolIds.ContainingType(symbolId) is { } type)
        {
            output.WriteLine(Decision(rules, type));
        }
    }

    private static string Decision(RuleSet rules, string symbolId)
    {
        var rule = rules.Matcher.Match(symbolId);
        return rule is { Action: RuleAction.Allow }
            ? $"{symbolId}: allowed by '{rule.Directive}' ({rule.Origin})"
            : $"{symbolId}: not allowed: {Refusal.Clause(rule)}";
    }
}
