using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using RestrictedCSharp.Judging;
using RestrictedCSharp.Sandbox;

namespace RestrictedCSharp.Judging.Tests;

public sealed class SandboxTests
{
    [SkippableFact]
    public async Task A_worker_that_reaches_outside_its_allowance_is_stopped_by_its_sandbox()
    {
        var support = SandboxSupport.Detect();
        Skip.IfNot(support.IsLinux && support.LandlockAbi >= 4 && support.SeccompFilterAvailable,
            $"the worker's sandbox is not complete on this machine (Landlock ABI {support.LandlockAbi}, " +
            $"{support.LandlockMissingReason ?? "-"}; seccomp: {support.SeccompMissingReason ?? "available"}): nothing to test here");

        using var folder = new TempFolder();
        var secret = folder.Write("secret.txt", "not for the worker");
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var judge = new SandboxedJudge(JudgeSetup.Options with { RequireSandbox = true });

        var info = judge.WorkerStartInfo("lightcycles", ["--self-test", secret, folder.Path, port.ToString(CultureInfo.InvariantCulture)]);
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync().WaitAsync(JudgeSetup.Deadline);
        await process.WaitForExitAsync().WaitAsync(JudgeSetup.Deadline);

        process.ExitCode.Should().Be(0, await stderr);
        using var report = JsonDocument.Parse(stdout);
        var attempts = report.RootElement.GetProperty("attempts").EnumerateArray()
            .ToDictionary(a => a.GetProperty("name").GetString()!, a => (Refused: a.GetProperty("refused").GetBoolean(), Detail: a.GetProperty("detail").GetString()));
        // The control: what the worker needs it can read, so the refusals below are the sandbox's, not a broken worker's.
        attempts["read-game-api"].Refused.Should().BeFalse(attempts["read-game-api"].Detail);
        foreach (var escape in new[] { "read-file", "write-file", "connect-tcp", "bind-tcp" })
            attempts[escape].Refused.Should().BeTrue($"{escape} must be refused, but: {attempts[escape].Detail}");
        Directory.EnumerateFiles(folder.Path, "escape-*").Should().BeEmpty();
        listener.Pending().Should().BeFalse();
    }
}
