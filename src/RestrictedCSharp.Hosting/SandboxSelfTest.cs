using System.Net;
using System.Net.Sockets;
using RestrictedCSharp.Protocol;
using RestrictedCSharp.Sandbox;

namespace RestrictedCSharp.Hosting;

/// <summary>
/// What an operator's self-test shows: which sandbox layers this machine supports, and a live runner,
/// locked down exactly as for a bot, attempting each escape — reading a file outside its sandbox, writing
/// a file, starting a process, connecting to and binding a TCP port, forking, seeing the host's
/// environment — each reported as refused or not.
/// </summary>
public static class SandboxSelfTest
{
    public static async Task<SandboxSelfTestReport> RunAsync(RunnerSettings? settings = null, CancellationToken cancellationToken = default)
    {
        settings ??= new RunnerSettings();
        var machine = SandboxSupport.Detect();
        var scratch = Directory.CreateTempSubdirectory("restrictedcsharp-selftest-");
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        try
        {
            // A secret the runner must not read: outside every path its sandbox grants.
            var secret = Path.Combine(scratch.FullName, "secret.txt");
            await File.WriteAllTextAsync(secret, "host secret", cancellationToken).ConfigureAwait(false);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;

            RunnerProcess runner;
            try
            {
                runner = await RunnerProcess.StartAsync(settings, cancellationToken).ConfigureAwait(false);
            }
            catch (RunnerStartException e)
            {
                return new SandboxSelfTestReport(machine, null, [], e.Message);
            }
            await using (runner.ConfigureAwait(false))
            {
                var exchange = await runner.ExchangeAsync(new SelfTestRequest(secret, scratch.FullName, port),
                    TimeSpan.FromSeconds(20), 0, cancellationToken).ConfigureAwait(false);
                return exchange.Reply is SelfTestReply reply
                    ? new SandboxSelfTestReport(machine, runner.Sandbox, reply.Attempts, null)
                    : new SandboxSelfTestReport(machine, runner.Sandbox, [], exchange.Message ?? "The runner did not answer the self-test.");
            }
        }
        finally
        {
            listener.Stop();
            try
            {
                scratch.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}

/// <param name="Machine">The layers this machine's kernel offers.</param>
/// <param name="Runner">The lockdown a runner actually achieved (null if none started).</param>
/// <param name="Attempts">Each escape the runner attempted.</param>
/// <param name="Error">Why the self-test could not run, if it could not.</param>
public sealed record SandboxSelfTestReport(
    SandboxSupport Machine,
    SandboxReport? Runner,
    IReadOnlyList<EscapeAttemptReport> Attempts,
    string? Error)
{
    /// <summary>The runner started and every attempted escape was refused.</summary>
    public bool AllRefused => Error is null && Attempts.Count > 0 && Attempts.All(a => a.Refused);

    public override string ToString()
    {
        var lines = new List<string>
        {
            Machine.IsLinux
                ? $"landlock: {(Machine.LandlockAbi > 0 ? $"ABI {Machine.LandlockAbi}" : $"ABSENT ({Machine.LandlockMissingReason})")}"
                : "not Linux: no operating-system sandbox",
            Machine.IsLinux ? $"seccomp: {(Machine.SeccompFilterAvailable ? "available" : $"ABSENT ({Machine.SeccompMissingReason})")}" : "",
        };
        if (Runner is not null)
            lines.AddRange(Runner.Layers.Select(l => $"runner {l.Name,-13} {(l.Active ? "active" : "ABSENT"),-7} {l.Detail}"));
        lines.AddRange(Attempts.Select(a => $"{a.Attempt,-22} {(a.Refused ? "refused" : "NOT REFUSED"),-12} {a.Detail}"));
        if (Error is not null) lines.Add($"error: {Error}");
        return string.Join(Environment.NewLine, lines.Where(l => l.Length > 0));
    }
}
