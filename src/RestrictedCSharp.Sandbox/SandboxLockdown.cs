using RestrictedCSharp.Sandbox.Native;

namespace RestrictedCSharp.Sandbox;

/// <summary>
/// Locks the current process down with what an unprivileged Linux process can apply to itself, in two
/// stages. Call <see cref="Enter"/> first thing in Main, before any untrusted code is loaded:
/// <list type="number">
/// <item>First stage: set no_new_privs, restrict the main thread with Landlock, and re-exec the same
/// command line. Landlock binds only the calling thread, and the runtime already runs others (finalizer,
/// tiered JIT, …) at Main; after the exec every thread of the new runtime is inside the domain.
/// <see cref="Enter"/> does not return in this stage.</item>
/// <item>Second stage (the re-executed image): verify the domain, make the process non-dumpable, set the
/// rlimits, install the seccomp filter on every thread, and return the status.</item>
/// </list>
/// Where Landlock is unavailable there is no re-exec and the other layers are applied in place.
/// </summary>
public static class SandboxLockdown
{
    /// <summary>True in the re-executed, Landlock-restricted image.</summary>
    public static bool IsSecondStage => OperatingSystem.IsLinux() && ReexecCommand.IsSecondStage;

    /// <summary>
    /// Applies the lockdown (see the type's remarks). Returns the status of each layer; writes a warning
    /// to stderr when a layer is missing; throws <see cref="SandboxUnavailableException"/> when a layer is
    /// missing and <see cref="SandboxPolicy.RequireSandbox"/> is set, or when a step fails outright.
    /// </summary>
    public static SandboxStatus Enter(SandboxPolicy policy)
    {
        policy.Validate();
        if (!OperatingSystem.IsLinux()) return Conclude(SandboxStatus.NotLinux(), policy);

        var support = SandboxSupport.Detect();
        var landlock = IsSecondStage ? ConfirmLandlock(policy, support) : RestrictAndReexecOrSkip(policy, support);

        var layers = new List<SandboxLayerStatus>
        {
            NoNewPrivsLayer(),
            landlock,
            ResourceLimitsLayer(policy),
            SeccompLayer(policy, support), // last: it refuses prctl(PR_SET_DUMPABLE) and friends
        };
        var missing = layers.Where(l => !l.Active).Select(l => l.Name).ToList();
        return Conclude(new SandboxStatus
        {
            IsLinux = true,
            LandlockAbi = support.LandlockAbi,
            Layers = layers,
            Warning = missing.Count == 0 ? null : $"sandbox layer(s) missing: {string.Join(", ", missing)}",
        }, policy);
    }

    private static SandboxLayerStatus RestrictAndReexecOrSkip(SandboxPolicy policy, SandboxSupport support)
    {
        // no_new_privs first: Landlock and seccomp both require it of an unprivileged caller.
        SetNoNewPrivs();
        if (!policy.ApplyLandlock)
            return new(SandboxStatus.Landlock, false, "disabled by policy");
        if (support.LandlockAbi == 0)
            return new(SandboxStatus.Landlock, false, support.LandlockMissingReason!);

        var command = ReexecCommand.ForCurrentProcess();
        var grants = RuntimeFileAccess.ForCurrentProcess(policy.ReadOnlyPaths);
        Landlock.RestrictCallingThread(support.LandlockAbi, grants);
        var errno = command.Execute();
        // The main thread is now restricted but the runtime's other threads are not: never go on from here.
        throw new SandboxUnavailableException($"Re-executing the program inside the Landlock domain failed with {Errno.Name(errno)}.");
    }

    private static SandboxLayerStatus ConfirmLandlock(SandboxPolicy policy, SandboxSupport support)
    {
        if (!Landlock.IsCallingThreadRestricted())
            throw new SandboxUnavailableException(
                $"{ReexecCommand.StageVariable} is set but the process is not inside a Landlock domain.");
        // Bot code has no business seeing the marker (it stays in the initial /proc/self/environ block,
        // which Landlock makes unreadable).
        Environment.SetEnvironmentVariable(ReexecCommand.StageVariable, null);
        var abi = support.LandlockAbi;
        var parts = new List<string>
        {
            $"ABI {abi}",
            $"read-only: dotnet root, application directory, mapped libraries, {policy.ReadOnlyPaths.Count} extra path(s), /proc/self/maps, /sys/devices/system/cpu, /dev/urandom",
            "no writes anywhere",
            Landlock.RestrictsTcp(abi) ? "TCP bind/connect denied" : "TCP not restricted (ABI < 4)",
            Landlock.ScopesSignalsAndAbstractSockets(abi)
                ? "abstract unix sockets and signals scoped"
                : "signals and abstract unix sockets not scoped (ABI < 6)",
        };
        return new(SandboxStatus.Landlock, true, string.Join("; ", parts));
    }

    private static void SetNoNewPrivs()
    {
        if (LibC.Prctl(LibC.PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
            throw new SandboxUnavailableException($"prctl(PR_SET_NO_NEW_PRIVS) failed with {Errno.Name(Errno.Last)}.");
    }

    private static SandboxLayerStatus NoNewPrivsLayer()
    {
        SetNoNewPrivs(); // inherited across the re-exec; setting it again is harmless
        var active = LibC.Prctl(LibC.PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) == 1;
        // Non-dumpable: same-user processes cannot ptrace this one or open its /proc/<pid>/mem, and no
        // core is written. exec resets it, so it is set here, after the re-exec.
        var dumpableOff = LibC.Prctl(LibC.PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
        return new(SandboxStatus.NoNewPrivs, active,
            (active ? "set: exec can never gain privileges" : "not set") + (dumpableOff ? "; process not dumpable" : ""));
    }

    private static SandboxLayerStatus ResourceLimitsLayer(SandboxPolicy policy) =>
        new(SandboxStatus.ResourceLimits, true, ResourceLimits.Apply(policy));

    private static SandboxLayerStatus SeccompLayer(SandboxPolicy policy, SandboxSupport support)
    {
        if (!policy.ApplySeccomp) return new(SandboxStatus.Seccomp, false, "disabled by policy");
        var table = SyscallTable.ForCurrentProcess();
        if (!support.SeccompFilterAvailable || table is null)
            return new(SandboxStatus.Seccomp, false, support.SeccompMissingReason!);

        var program = SeccompFilter.Build(table, LibC.Getpid());
        var errno = SeccompFilter.InstallOnAllThreads(table, program);
        if (errno != 0)
            throw new SandboxUnavailableException($"Installing the seccomp filter failed with {Errno.Name(errno)}.");
        return new(SandboxStatus.Seccomp, true,
            $"{table.Name}, all threads (TSYNC), {program.Length} instructions: {SeccompFilter.DeniedCallCount(table)} calls refused " +
            "(exec, fork, sockets, ptrace, namespaces, mounts, bpf, io_uring, keyrings, metadata changes, …) with EPERM; " +
            "clone3 and calls newer than the filter ENOSYS; clone only for threads; signals, prlimit64 and " +
            "sched_setaffinity only for this process; foreign ABIs kill the process");
    }

    private static SandboxStatus Conclude(SandboxStatus status, SandboxPolicy policy)
    {
        if (status.Warning is null) return status;
        if (policy.RequireSandbox)
            throw new SandboxUnavailableException($"The sandbox is required but incomplete: {status.Warning}.");
        Console.Error.WriteLine($"WARNING: {status.Warning}");
        return status;
    }
}
