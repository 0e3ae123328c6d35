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
        var submission = new SubmissionArguments();
        var format = ReportFormats.Option();
        var command = new Command("check", "Validate a bot's source against the rules.") { format };
        submission.AddTo(command);
        command.SetAction((parsed, cancellationToken) => RunAsync(context, submission, parsed, ReportFormats.Read(parsed, format), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context, SubmissionArguments arguments, ParseResult parsed, ReportFormat format, CancellationToken cancellationToken)
    {
        var submission = arguments.Load(context, parsed, format, cancellationToken);
        SubmissionValidator validator;
        try
        {
            validator = new SubmissionValidator(submission.Rules, submission.References);
        }
        catch (InvalidDataException e)
        {
            throw new CliException(e.Message);
        }

        var result = await validator.ValidateAsync(submission.Sources, cancellationToken).ConfigureAwait(false);
        ReportWriter.Write(context.Out, format, result);
        return result.Accepted ? ExitCodes.Success : ExitCodes.Rejected;
    }
}
