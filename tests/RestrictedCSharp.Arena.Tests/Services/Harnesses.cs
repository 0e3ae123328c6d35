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
}
