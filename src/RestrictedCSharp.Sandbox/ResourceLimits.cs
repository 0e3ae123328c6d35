using RestrictedCSharp.Sandbox.Native;

namespace RestrictedCSharp.Sandbox;

/// <summary>
/// The rlimits of a runner, applied once the runtime is up: RLIMIT_FSIZE=0 before the runtime starts
/// breaks its W^X double mapping (it sizes a memfd), so it can only come after. RLIMIT_NPROC is
/// deliberately not set: Linux counts it per real user across the whole system and for threads too, so
/// it would couple every runner of the user (and the host) to each other; thread and process creation
/// is bounded by seccomp (no fork) and the host's memory watch instead.
/// </summary>
internal static class ResourceLimits
{
    // asm-generic/resource.h (x86_64 and aarch64 use the generic numbers)
    private const int RlimitCpu = 0;
    private const int RlimitFsize = 1;
    private const int RlimitCore = 4;
    private const int RlimitNofile = 7;

    /// <summary>Applies the limits; returns a description, or throws when one cannot be set.</summary>
    public static string Apply(SandboxPolicy policy)
    {
        // A write that would grow a file fails with EFBIG instead of raising SIGXFSZ (whose default
        // action ends the process) — e.g. when stdout was redirected to a file.
        LibC.Signal(LibC.SIGXFSZ, LibC.SIG_IGN);
        Set(RlimitFsize, "RLIMIT_FSIZE", 0, 0);
        Set(RlimitCore, "RLIMIT_CORE", 0, 0);
        Set(RlimitNofile, "RLIMIT_NOFILE", (ulong)policy.MaxOpenFiles, (ulong)policy.MaxOpenFiles);
        var description = $"fsize=0 core=0 nofile={policy.MaxOpenFiles}";
        if (policy.CpuSeconds is { } seconds)
        {
            // Soft limit: SIGXCPU (ends the process). Hard limit one second later: SIGKILL.
            Set(RlimitCpu, "RLIMIT_CPU", (ulong)seconds, (ulong)seconds + 1);
            description += $" cpu={seconds}s";
        }
        return description;
    }

    private static void Set(int resource, string name, ulong soft, ulong hard)
    {
        LibC.Getrlimit(resource, out var current);
        // A limit can only be lowered without privilege: never ask for more than the current hard limit.
        var limit = new LibC.RLimit
        {
            Current = Math.Min(soft, current.Maximum),
            Maximum = Math.Min(hard, current.Maximum),
        };
        if (LibC.Setrlimit(resource, limit) != 0)
            throw new SandboxUnavailableException($"setrlimit({name}) failed with {Errno.Name(Errno.Last)}.");
    }
}
