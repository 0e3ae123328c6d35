using System.CommandLine;
using RestrictedCSharp.Compiler;
using RestrictedCSharp.Compiler.Reporting;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>
/// <c>rcsc check &lt;files or folders&gt;... [--rules FILE] [--reference DLL]... [--format text|json|sarif]</c>:
/// validates a submission and reports the verdict. Exit 0 accepted, 1 rejected, 2 bad usage or input.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "C# files, or folders searched recursively for *.cs (bin/ and obj/ are skipped).",
            Arity = ArgumentArity.OneOrMore,
        };
        var rules = CommonOptions.Rules();
        var references = new Option<string[]>("--reference")
        {
            Description = "A game API assembly to compile against (repeatable).",
            HelpName = "DLL",
            AllowMultipleArgumentsPerToken = false,
        };
        var format = new Option<string>("--format")
        {
            Description = "Report format.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");

        var command = new Command("check", "Validate a bot's source against the rules.") { inputs, rules, references, format };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            context,
            parsed.GetValue(inputs)!,
            parsed.GetValue(rules),
            parsed.GetValue(references) ?? Array.Empty<string>(),
            Enum.Parse<ReportFormat>(parsed.GetValue(format)!, ignoreCase: true),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context, string[] inputs, string? rulesPath, string[] referencePaths, ReportFormat format, CancellationToken cancellationToken)
    {
        var files = SubmissionInputs.Expand(inputs);
        var rules = CommonOptions.LoadRules(context, rulesPath, inputs[0], format).Rules!;
        foreach (var reference in referencePaths)
        {
            if (!File.Exists(reference))
            {
                throw new CliException($"reference '{reference}' does not exist");
            }
        }

        SubmissionValidator validator;
        try
        {
            validator = new SubmissionValidator(rules, referencePaths);
        }
        catch (InvalidDataException e)
        {
            throw new CliException(e.Message);
        }

        var sources = SourceFileReader.ReadAll(files, cancellationToken);
        var result = await validator.ValidateAsync(sources, cancellationToken).ConfigureAwait(false);
        ReportWriter.Write(context.Out, format, result);
        return result.Accepted ? ExitCodes.Success : ExitCodes.Rejected;
    }
}
