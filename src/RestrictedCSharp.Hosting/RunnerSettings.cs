using System.Globalization;
using RestrictedCSharp.Rules;
using RestrictedCSharp.Sandbox;

namespace RestrictedCSharp.Hosting;

/// <summary>
/// How runner processes are started. Everything here is fixed when a process starts, so a warm pool
/// holds runners of one setting.
/// </summary>
public sealed record RunnerSettings
{
    /// <summary>The managed heap ceiling of each runner (DOTNET_GCHeapHardLimit), in MiB.</summary>
    public int MemoryMb { get; init; } = BotBudgets.Default.MemoryMb;

    /// <summary>Refuse to run when any sandbox layer is missing on this machine.</summary>
    public bool RequireSandbox { get; init; }

    /// <summary>RLIMIT_CPU of each runner over its whole life, or null for none.</summary>
    public int? CpuSeconds { get; init; }

    /// <summary>How long a runner may take to start and lock itself down.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The runner's dll; null for RestrictedCSharp.Runner.dll next to this library.</summary>
    public string? RunnerPath { get; init; }

    /// <summary>Bytes of the runner's stderr kept (the tail) for crash reports.</summary>
    public int StderrBytes { get; init; } = 16 * 1024;

    internal string ResolvedRunnerPath =>
        RunnerPath ?? Path.Combine(Path.GetDirectoryName(typeof(RunnerSettings).Assembly.Location) ?? AppContext.BaseDirectory,
            "RestrictedCSharp.Runner.dll");

    internal long HeapLimitBytes => (long)MemoryMb * 1024 * 1024;

    internal void Validate()
    {
        if (!BudgetLimit.MemoryMegabytes.Accepts(MemoryMb))
            throw new ArgumentOutOfRangeException(nameof(MemoryMb), MemoryMb, BudgetLimit.MemoryMegabytes.Refusal(BudgetLimit.MemoryMegabytes.Name, MemoryMb.ToString(CultureInfo.InvariantCulture)));
        if (CpuSeconds is <= 0) throw new ArgumentOutOfRangeException(nameof(CpuSeconds), CpuSeconds, "CPU seconds must be positive.");
        if (StartTimeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(StartTimeout));
    }

    internal SandboxedProcessOptions ProcessOptions => new() { GcHeapHardLimitBytes = HeapLimitBytes };
}
