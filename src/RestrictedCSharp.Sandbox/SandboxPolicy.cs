namespace RestrictedCSharp.Sandbox;

/// <summary>What the lockdown of a runner process allows, and how strict it is about missing layers.</summary>
public sealed record SandboxPolicy
{
    /// <summary>
    /// Absolute paths (files or directories) the sandboxed process may read besides the runtime and its
    /// own directory — typically the bot artifact. Never the root directory.
    /// </summary>
    public IReadOnlyList<string> ReadOnlyPaths { get; init; } = [];

    /// <summary>CPU seconds the process may consume (RLIMIT_CPU); null for no limit. At the limit the
    /// kernel sends SIGXCPU, which ends the process, and SIGKILL one second later.</summary>
    public int? CpuSeconds { get; init; }

    /// <summary>
    /// RLIMIT_NOFILE: the lowest file descriptor number that can no longer be allocated. A .NET process
    /// has about 27 descriptors open at Main and keeps one open per loaded assembly, so this must leave
    /// headroom; at least 64.
    /// </summary>
    public int MaxOpenFiles { get; init; } = 128;

    /// <summary>Fail (throw <see cref="SandboxUnavailableException"/>) when any layer is not active — the
    /// kernel lacks it, the OS is not Linux, or it is switched off below — instead of running with what
    /// is available.</summary>
    public bool RequireSandbox { get; init; }

    /// <summary>Apply Landlock (with its re-exec). Off only to test the other layers on their own.</summary>
    public bool ApplyLandlock { get; init; } = true;

    /// <summary>Apply the seccomp filter. Off only to test the other layers on their own.</summary>
    public bool ApplySeccomp { get; init; } = true;

    internal void Validate()
    {
        if (CpuSeconds is <= 0)
            throw new ArgumentOutOfRangeException(nameof(CpuSeconds), CpuSeconds, "CPU seconds must be positive.");
        if (MaxOpenFiles < 64)
            throw new ArgumentOutOfRangeException(nameof(MaxOpenFiles), MaxOpenFiles, "At least 64 descriptors are needed.");
    }
}
