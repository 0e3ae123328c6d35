using System.CommandLine;
using RestrictedCSharp.Cli.Commands;

namespace RestrictedCSharp.Cli;

/// <summary>
/// rcsc: builds the command tree, runs one command and maps every outcome to an exit code. Nothing
/// escapes as a stack trace: usage errors, unreadable input and even internal failures become one line
/// on stderr and exit code 2.
/// </summary>
internal static class RcscApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        // Bot and source text reach both streams: neither passes a control character to the terminal.
        stdout = new DisplayTextWriter(stdout);
        stderr = new DisplayTextWriter(stderr);
        var context = new CliContext(stdout, stderr);
        try
        {
            var root = new RootCommand("rcsc: checks C# bots against a RestrictedCSharp rules file.")
            {
                CheckCommand.Create(context),
                BuildCommand.Create(context),
                ShowRewriteCommand.Create(context),
                RunCommand.Create(context),
                MatchCommand.Create(context),
                TournamentCommand.Create(context),
                DoctorCommand.Create(context),
                RulesCommand.Create(context),
                ServeCommand.Create(context),
                AuthorsCommand.Create(context),
                WorkerCommand.Create(context),
                WorkersCommand.Create(context),
            };

            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                var reasons = parsed.Errors.Select(ParseErrorText.Describe).Distinct();
                return Fail(stderr, $"{string.Join("; ", reasons)} (see 'rcsc --help')");
            }

            var configuration = new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            };
            return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (CliException e)
        {
            return Fail(stderr, e.Message);
        }
        catch (OperationCanceledException)
        {
            return Fail(stderr, "cancelled");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(stderr, e.Message);
        }
        catch (Exception e)
        {
            return Fail(stderr, $"internal error: {e.GetType().Name}: {e.Message}");
        }
    }

    private static int Fail(TextWriter stderr, string reason)
    {
        stderr.WriteLine($"rcsc: {OneLine(reason)}");
        return ExitCodes.UsageOrInput;
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
