using System.Diagnostics;

namespace RestrictedCSharp.Cli.Tests;

/// <summary>Runs rcsc in-process and captures what it writes.</summary>
internal static class Rcsc
{
    public static async Task<RcscOutput> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await RcscApp.RunAsync(args, stdout, stderr);
        return new RcscOutput(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the built rcsc as its own process, with no input, for at most two minutes.</summary>
    public static async Task<RcscOutput> RunProcessAsync(params string[] args)
    {
        using var process = Process.Start(ProcessStart(args))!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new RcscOutput(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The built rcsc next to the tests.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "rcsc.dll");

    /// <summary>How to start the built rcsc as its own process (<c>dotnet rcsc.dll ARGS</c>), all three streams redirected.</summary>
    public static ProcessStartInfo ProcessStart(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return start;
    }

    /// <summary>The dotnet host running these tests (set by the SDK), else whatever 'dotnet' is on PATH.</summary>
    public static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}

internal sealed record RcscOutput(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
