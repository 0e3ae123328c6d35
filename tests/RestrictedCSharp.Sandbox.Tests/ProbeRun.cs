using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using RestrictedCSharp.Sandbox;

namespace RestrictedCSharp.Sandbox.Tests;

/// <summary>One escape attempt as the probe reported it.</summary>
public sealed record AttemptOutcome(string Attempt, string Thread, bool Refused, string? Error)
{
    public override string ToString() => $"{Attempt} on {Thread}: {(Refused ? $"refused ({Error})" : "SUCCEEDED")}";
}

/// <summary>The probe's report: its lockdown status, the names in its environment, and its attempts.</summary>
public sealed record ProbeOutput(int ExitCode, string Stderr, JsonElement? Status, IReadOnlyList<string> EnvironmentNames,
    IReadOnlyList<AttemptOutcome> Attempts, bool Done, IReadOnlyList<JsonElement> Lines);

/// <summary>Runs the probe program as a child process, bounded by a timeout.</summary>
public static class ProbeRun
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static string ProbePath { get; } = typeof(ProbeRun).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "SandboxProbePath").Value!;

    /// <summary>Locked down, started the way the host starts a runner (environment cleared).</summary>
    public static Task<ProbeOutput> Sandboxed(IEnumerable<string> arguments) =>
        Run(SandboxedProcessStart.ForDotnetApp(ProbePath, ["--mode", "sandbox", .. arguments]));

    /// <summary>
    /// No lockdown and the test's own environment: what the same attempts achieve without the sandbox.
    /// W^X is off so that a forked child can run (see the probe's fork attempt).
    /// </summary>
    public static Task<ProbeOutput> Control(IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(SandboxedProcessStart.DotnetHostPath())
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in (string[])[ProbePath, "--mode", "control", .. arguments]) info.ArgumentList.Add(a);
        info.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        return Run(info);
    }

    public static async Task<ProbeOutput> Run(ProcessStartInfo info)
    {
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The probe did not finish within {Timeout}: {await stderr}");
        }
        return Parse(process.ExitCode, await stdout, await stderr);
    }

    private static ProbeOutput Parse(int exitCode, string stdout, string stderr)
    {
        JsonElement? status = null;
        var environment = new List<string>();
        var attempts = new List<AttemptOutcome>();
        var done = false;
        var lines = new List<JsonElement>();
        foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var root = JsonDocument.Parse(line).RootElement.Clone();
            lines.Add(root);
            if (root.TryGetProperty("status", out var s)) status = s.ValueKind == JsonValueKind.Null ? null : s.Clone();
            else if (root.TryGetProperty("environment", out var e)) environment.AddRange(e.EnumerateArray().Select(v => v.GetString()!));
            else if (root.TryGetProperty("attempt", out var a))
                attempts.Add(new AttemptOutcome(a.GetString()!, root.GetProperty("thread").GetString()!,
                    root.GetProperty("refused").GetBoolean(), root.GetProperty("error").GetString()));
            else if (root.TryGetProperty("done", out _)) done = true;
        }
        return new ProbeOutput(exitCode, stderr, status, environment, attempts, done, lines);
    }
}
