using System.CommandLine;
using RestrictedCSharp.Hosting;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>
/// <c>rcsc doctor</c>: which sandbox layers this machine supports, and a live self-test in which a locked-down
/// runner attempts each escape (file read, file write, exec, sockets, fork, the host's environment).
/// Exit 0 when every attempt was refused, 3 otherwise.
/// </summary>
internal static class DoctorCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("doctor", "Check this machine's sandbox layers and try each escape from a runner.");
        command.SetAction(async (_, cancellationToken) =>
        {
            var report = await SandboxSelfTest.RunAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            context.Out.WriteLine(report.ToString());
            if (!report.AllRefused)
            {
                context.Error.WriteLine("rcsc doctor: NOT every escape was refused on this machine: do not run untrusted bots here");
                return ExitCodes.CallFailed;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
