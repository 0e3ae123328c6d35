using System.Diagnostics;

namespace RestrictedCSharp.Arena.Tests.Services;

/// <summary>What the tests on the machine's own features (network namespaces, cgroups) and on the built rcsc share.</summary>
internal static class Harnesses
{
    /// <summary>Skips the test with <paramref name="reason"/> when there is one; under CI (CI=true) fails it instead.</summary>
    public static void Require(string? reason)
    {
        if (reason is null) return;
        if (ServiceProcess.InCi) throw new InvalidOperationException($"CI needs this: {reason}");
        Skip.If(true, reason);
    }

    /// <summary>The rcsc built beside these tests, in the same configuration (the project reference builds it).</summary>
    public static string RcscDll
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name; // bin/CONFIGURATION/net10.0
            return RepositoryRoot.Combine("src", "RestrictedCSharp.Cli", "bin", configuration, "net10.0", "rcsc.dll");
        }
    }

    /// <summary>The dotnet host running these tests (set by the SDK), else whatever 'dotnet' is on PATH.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Whether the built rcsc has the command <paramref name="name"/> (its --help lists it).</summary>
    public static bool RcscHasCommand(string name)
    {
        var start = new ProcessStartInfo(DotnetHost) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(RcscDll);
        start.ArgumentList.Add("--help");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1))) process.Kill(entireProcessTree: true);
        return System.Text.RegularExpressions.Regex.IsMatch(output.Result, $@"^\s+{name}\b", System.Text.RegularExpressions.RegexOptions.Multiline);
    }
}
