using System.CommandLine;
using RestrictedCSharp.Compiler.Reporting;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>
/// <c>rcsc build &lt;files or folders&gt;... [-o bot.dll] [--game NAME] [--rules FILE] [--reference DLL]... [--format text|json|sarif]</c>:
/// validates, inserts the guards, compiles and audits; writes the assembly and its manifest (by default
/// NAME.dll in the current directory, NAME the first input's folder or file name).
/// Exit codes as for <c>check</c>.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(CliContext context)
    {
        var submission = new SubmissionArguments();
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Where to write the compiled bot (its manifest is written beside it as NAME.manifest.json; default: the first input's name, .dll, here).",
            HelpName = "DLL",
        };
        var format = ReportFormats.Option();
        var command = new Command("build", "Validate, guard, compile and audit a bot.") { output, format };
        submission.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var reportFormat = ReportFormats.Read(parsed, format);
            var path = parsed.GetValue(output) ?? MatchOptions.NameOf(parsed.GetValue(submission.Inputs)![0]) + ".dll";
            OutputPaths.CheckWritable("--output", path, createsFolders: true);
            var loaded = submission.Load(context, parsed, reportFormat, cancellationToken);
            var result = await loaded.CreateBuilder().BuildAsync(loaded.Sources, cancellationToken).ConfigureAwait(false);
            ReportWriter.Write(context.Out, reportFormat, result.Succeeded, result.Diagnostics);
            if (!result.Succeeded)
            {
                return ExitCodes.Rejected;
            }

            try
            {
                await result.Bot!.WriteAsync(path, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"cannot write '{path}': {e.Message}");
            }

            context.Error.WriteLine($"built {path}");
            return ExitCodes.Success;
        });
        return command;
    }
}
