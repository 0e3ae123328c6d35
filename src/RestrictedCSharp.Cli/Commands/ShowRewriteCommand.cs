using System.CommandLine;
using RestrictedCSharp.Compiler.Reporting;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>
/// <c>rcsc show-rewrite &lt;file&gt;... [--rules FILE] [--reference DLL]...</c>: prints the source exactly as it
/// will run, guards inserted (on the author's own lines). A rejected submission prints its diagnostics, exit 1.
/// </summary>
internal static class ShowRewriteCommand
{
    public static Command Create(CliContext context)
    {
        var submission = new SubmissionArguments();
        var command = new Command("show-rewrite", "Print a bot's source with the guards inserted.");
        submission.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var loaded = submission.Load(context, parsed, ReportFormat.Text, cancellationToken);
            var result = await loaded.CreateBuilder().BuildAsync(loaded.Sources, cancellationToken).ConfigureAwait(false);
            if (result.GuardedSources.IsEmpty)
            {
                ReportWriter.Write(context.Out, ReportFormat.Text, accepted: false, result.Diagnostics);
                return ExitCodes.Rejected;
            }

            foreach (var source in result.GuardedSources)
            {
                if (result.GuardedSources.Length > 1)
                {
                    context.Out.WriteLine($"// ---- {source.Path}");
                }

                context.Out.WriteLine(source.Text);
            }

            return result.Succeeded ? ExitCodes.Success : ExitCodes.Rejected;
        });
        return command;
    }
}
