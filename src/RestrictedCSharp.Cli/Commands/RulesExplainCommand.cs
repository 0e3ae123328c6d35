using System.CommandLine;
using System.Globalization;
using Microsoft.CodeAnalysis;
using RestrictedCSharp.Compiler;

namespace RestrictedCSharp.Cli.Commands;

/// <summary><c>rcsc rules explain RCXnnnn</c>: what a diagnostic means and where its help page is.</summary>
internal static class RulesExplainCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "A diagnostic ID, e.g. RCX0001." };
        var command = new Command("explain", "Explain a diagnostic: title, description, category and help page.") { id };
        command.SetAction(parsed =>
        {
            var requested = parsed.GetValue(id)!.Trim();
            if (!DiagnosticCatalog.TryGet(requested, out var descriptor))
            {
                throw new CliException($"unknown diagnostic ID '{requested}'; run 'rcsc rules explain' with an ID from docs/DIAGNOSTICS.md, e.g. RCX0001");
            }

            Write(context.Out, descriptor);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(TextWriter output, DiagnosticDescriptor descriptor)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine($"{descriptor.Id}: {descriptor.Title.ToString(culture)}");
        output.WriteLine($"Category: {descriptor.Category}");
        output.WriteLine($"Severity: error (not configurable; a suppressed {descriptor.Id} still rejects a submission)");
        output.WriteLine($"Message:  {descriptor.MessageFormat.ToString(culture)}");
        var description = descriptor.Description.ToString(culture);
        if (description.Length > 0)
        {
            output.WriteLine();
            output.WriteLine(description);
        }

        output.WriteLine();
        output.WriteLine($"Help: {descriptor.HelpLinkUri}");
    }
}
