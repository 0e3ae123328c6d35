using System.Diagnostics;

namespace RestrictedCSharp.Cli.Tests;

/// <summary>The built rcsc, run as a separate process the way a CI job or a game server would.</summary>
public class ProcessTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_built_executable_accepts_rejects_and_refuses_with_the_documented_exit_codes()
    {
        var good = _folder.Write("Good.cs", Bots.Good);
        var bad = _folder.Write("Bad.cs", Bots.Bad);

        var accepted = await RunRcscAsync("check", good);
        var rejected = await RunRcscAsync("check", bad, "--format", "json");
        var refused = await RunRcscAsync("check", _folder.Combine("missing.cs"));

        accepted.ExitCode.Should().Be(0, accepted.ToString());
        rejected.ExitCode.Should().Be(1, rejected.ToString());
        rejected.Stdout.Should().Contain("\"RCX0001\"");
        refused.ExitCode.Should().Be(2, refused.ToString());
        refused.Stderr.Trim().Should().StartWith("rcsc: ").And.NotContain("\n");
    }

    private static async Task<RcscOutput> RunRcscAsync(params string[] args)
    {
        var rcsc = Path.Combine(AppContext.BaseDirectory, "rcsc.dll");
        File.Exists(rcsc).Should().BeTrue($"the built rcsc should be next to the tests ({rcsc})");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(rcsc);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new RcscOutput(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The dotnet host running these tests (set by the SDK), else whatever 'dotnet' is on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
