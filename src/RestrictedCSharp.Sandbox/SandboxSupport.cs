using RestrictedCSharp.Sandbox.Native;

namespace RestrictedCSharp.Sandbox;

/// <summary>Which lockdown layers this machine can provide, and why one is missing.</summary>
public sealed record SandboxSupport
{
    public required bool IsLinux { get; init; }

    /// <summary>The kernel's Landlock ABI, 0 when unavailable (see <see cref="LandlockMissingReason"/>).</summary>
    public required int LandlockAbi { get; init; }

    public string? LandlockMissingReason { get; init; }

    public required bool SeccompFilterAvailable { get; init; }

    public string? SeccompMissingReason { get; init; }

    public static SandboxSupport Detect()
    {
        if (!OperatingSystem.IsLinux())
            return new()
            {
                IsLinux = false, LandlockAbi = 0, SeccompFilterAvailable = false,
                LandlockMissingReason = "not Linux", SeccompMissingReason = "not Linux",
            };
        LibC.EnsureInitialized();
        var abi = Landlock.QueryAbi(out var landlockErrno);
        var table = SyscallTable.ForCurrentProcess();
        var seccompErrno = table is null ? 0 : SeccompActionAvailable(table);
        return new()
        {
            IsLinux = true,
            LandlockAbi = abi,
            LandlockMissingReason = abi > 0 ? null : landlockErrno switch
            {
                Errno.ENOSYS => "the kernel is built without Landlock (ENOSYS)",
                Errno.EOPNOTSUPP => "Landlock is built in but not enabled at boot (EOPNOTSUPP; add it to lsm=)",
                _ => $"landlock_create_ruleset failed with {Errno.Name(landlockErrno)}",
            },
            SeccompFilterAvailable = table is not null && seccompErrno == 0,
            SeccompMissingReason = table is null
                ? $"no system call table for {System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture}"
                : seccompErrno == 0 ? null : $"the kernel has no seccomp filter support ({Errno.Name(seccompErrno)})",
        };
    }

    /// <summary>seccomp(SECCOMP_GET_ACTION_AVAIL, 0, &amp;SECCOMP_RET_ERRNO): 0 when filters with errno
    /// verdicts can be installed.</summary>
    private static unsafe int SeccompActionAvailable(SyscallTable table)
    {
        const int getActionAvail = 2;
        var action = SeccompFilter.Errno(0) & 0xFFFF_0000;
        return LibC.Syscall(table["seccomp"], getActionAvail, 0, (nint)(&action), 0, 0) == 0 ? 0 : Errno.Last;
    }
}
