using System.Diagnostics;
using System.Globalization;

namespace RestrictedCSharp.Sandbox;

/// <summary>How the host starts a runner process.</summary>
public sealed record SandboxedProcessOptions
{
    /// <summary>DOTNET_GCHeapHardLimit: the managed heap ceiling, which gives a clean
    /// OutOfMemoryException in the child. Null for none.</summary>
    public long? GcHeapHardLimitBytes { get; init; }

    /// <summary>The child's working directory; null for a fresh empty directory shared by the host's runners.</summary>
    public string? WorkingDirectory { get; init; }
}

/// <summary>
/// Host side of the lockdown: a <see cref="ProcessStartInfo"/> for a runner with the environment
/// cleared except what the runtime needs, an empty working directory, and stdin, stdout and stderr
/// redirected (stdin/stdout are the channel; the caller reads stderr and bounds it). .NET opens every
/// descriptor close-on-exec, so the child inherits only these three.
/// </summary>
public static class SandboxedProcessStart
{
    private static readonly Lazy<string> SharedEmptyDirectory = new(() =>
        Directory.CreateTempSubdirectory("restrictedcsharp-runner-cwd-").FullName);

    /// <summary>Starts a framework-dependent app (<paramref name="appDll"/>) with the dotnet host of the
    /// running runtime.</summary>
    public static ProcessStartInfo ForDotnetApp(string appDll, IEnumerable<string> arguments, SandboxedProcessOptions? options = null)
    {
        var info = ForExecutable(DotnetHostPath(), arguments, options);
        info.ArgumentList.Insert(0, Path.GetFullPath(appDll));
        return info;
    }

    /// <summary>Starts an executable (an apphost, or any program) under the same rules.</summary>
    public static ProcessStartInfo ForExecutable(string executable, IEnumerable<string> arguments, SandboxedProcessOptions? options = null)
    {
        options ??= new SandboxedProcessOptions();
        var info = new ProcessStartInfo(Path.GetFullPath(executable))
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = options.WorkingDirectory ?? SharedEmptyDirectory.Value,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment.Clear();
        foreach (var (name, value) in RuntimeEnvironment(options)) info.Environment[name] = value;
        return info;
    }

    /// <summary>
    /// The whole environment of a runner: no diagnostics IPC (it would create sockets and pipes in /tmp),
    /// workstation GC (server GC makes a heap and a thread per core), invariant globalization (no ICU to
    /// load or read), the heap ceiling in hex as the runtime expects, and DOTNET_ROOT so that an apphost
    /// finds the same runtime. No PATH, HOME or anything of the host's.
    /// </summary>
    public static IReadOnlyDictionary<string, string> RuntimeEnvironment(SandboxedProcessOptions options)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [EnableDiagnosticsVariable] = "0",
            [GcServerVariable] = "0",
            [InvariantGlobalizationVariable] = "1",
            [DotnetRootVariable] = RuntimeFileAccess.DotnetRoot(),
            // .NET 10.0.12's tier-1 code compiled with PGO data crashes (SIGSEGV) on `try { loop } finally
            // { loop }` shapes that throw repeatedly, whenever tier-up comes early enough (on-stack
            // replacement off only made that rarer); see docs/GUARDS-BENCHMARK.md. Bots must never crash
            // their runner, so PGO is off, at the speed cost measured in docs/BENCHMARKS.md.
            [TieredPgoVariable] = "0",
        };
        if (options.GcHeapHardLimitBytes is { } limit)
        {
            if (limit <= 0) throw new ArgumentOutOfRangeException(nameof(options), limit, "The heap limit must be positive.");
            environment[GcHeapHardLimitVariable] = "0x" + limit.ToString("X", CultureInfo.InvariantCulture);
        }
        return environment;
    }

    private const string EnableDiagnosticsVariable = "DOTNET_EnableDiagnostics";
    private const string GcServerVariable = "DOTNET_gcServer";
    private const string InvariantGlobalizationVariable = "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT";
    private const string DotnetRootVariable = "DOTNET_ROOT";
    private const string TieredPgoVariable = "DOTNET_TieredPGO";
    private const string GcHeapHardLimitVariable = "DOTNET_GCHeapHardLimit";

    /// <summary>Every variable <see cref="RuntimeEnvironment"/> may set, whatever the options: a runner's
    /// whole environment is a subset of these.</summary>
    public static IReadOnlySet<string> RuntimeVariableNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        EnableDiagnosticsVariable, GcServerVariable, InvariantGlobalizationVariable, DotnetRootVariable, TieredPgoVariable, GcHeapHardLimitVariable,
    };

    /// <summary>The dotnet host executable next to the running runtime.</summary>
    public static string DotnetHostPath()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        var candidate = Path.Combine(RuntimeFileAccess.DotnetRoot(), name);
        if (File.Exists(candidate)) return candidate;
        if (Environment.ProcessPath is { } self && Path.GetFileName(self) == name) return self;
        throw new FileNotFoundException("The dotnet host of the running runtime was not found.", candidate);
    }
}
