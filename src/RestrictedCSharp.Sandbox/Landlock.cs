using System.Runtime.InteropServices;
using System.Text;
using RestrictedCSharp.Sandbox.Native;

namespace RestrictedCSharp.Sandbox;

/// <summary>A path the sandboxed process may read (and, for runtime files, map as code and execute).</summary>
internal sealed record ReadOnlyGrant(string Path, bool IsDirectory, bool AllowExecute);

/// <summary>
/// Landlock (linux/landlock.h): an unprivileged, stackable restriction of the calling thread, inherited
/// by everything it execs. Every access right of the ABI is handled and only read (and execute) rights
/// are granted, so nothing can be written, created, removed, renamed or truncated anywhere; TCP bind and
/// connect are handled with no port allowed (ABI 4+); abstract unix sockets and signals are scoped to
/// the domain (ABI 6+).
/// </summary>
internal static unsafe class Landlock
{
    // System call numbers of the unified range, the same on every architecture.
    private const int SysCreateRuleset = 444;
    private const int SysAddRule = 445;
    private const int SysRestrictSelf = 446;

    private const nint CreateRulesetVersion = 1;   // LANDLOCK_CREATE_RULESET_VERSION
    private const nint RulePathBeneath = 1;        // LANDLOCK_RULE_PATH_BENEATH

    // LANDLOCK_ACCESS_FS_*
    internal const ulong Execute = 1UL << 0;
    internal const ulong WriteFile = 1UL << 1;
    internal const ulong ReadFile = 1UL << 2;
    internal const ulong ReadDir = 1UL << 3;
    private const ulong AllAbi1 = (1UL << 13) - 1;  // EXECUTE … MAKE_SYM
    private const ulong Refer = 1UL << 13;          // ABI 2
    private const ulong Truncate = 1UL << 14;       // ABI 3
    private const ulong IoctlDev = 1UL << 15;       // ABI 5

    // LANDLOCK_ACCESS_NET_* (ABI 4)
    private const ulong NetBindTcp = 1UL << 0;
    private const ulong NetConnectTcp = 1UL << 1;

    // LANDLOCK_SCOPE_* (ABI 6)
    private const ulong ScopeAbstractUnixSocket = 1UL << 0;
    private const ulong ScopeSignal = 1UL << 1;

    /// <summary>struct landlock_ruleset_attr, in its ABI 6 size; older kernels get a shorter prefix.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct RulesetAttr
    {
        public ulong HandledAccessFs;
        public ulong HandledAccessNet;
        public ulong Scoped;
    }

    /// <summary>struct landlock_path_beneath_attr, which the kernel declares packed (12 bytes).</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    private struct PathBeneathAttr
    {
        public ulong AllowedAccess;
        public int ParentFd;
    }

    /// <summary>The highest ABI the kernel supports, or 0 with the errno (ENOSYS: built without
    /// Landlock; EOPNOTSUPP: built with it but not enabled at boot).</summary>
    public static int QueryAbi(out int errno)
    {
        var abi = LibC.Syscall(SysCreateRuleset, 0, 0, CreateRulesetVersion, 0, 0);
        errno = abi < 0 ? Errno.Last : 0;
        return abi < 0 ? 0 : (int)abi;
    }

    public static ulong HandledFileAccess(int abi) =>
        AllAbi1 | (abi >= 2 ? Refer : 0) | (abi >= 3 ? Truncate : 0) | (abi >= 5 ? IoctlDev : 0);

    public static bool RestrictsTcp(int abi) => abi >= 4;
    public static bool ScopesSignalsAndAbstractSockets(int abi) => abi >= 6;

    /// <summary>
    /// Restricts the calling thread (and whatever it execs) to <paramref name="grants"/>. The caller must
    /// have set no_new_privs. Throws <see cref="SandboxUnavailableException"/> on any failure, leaving the
    /// thread unrestricted.
    /// </summary>
    public static void RestrictCallingThread(int abi, IReadOnlyList<ReadOnlyGrant> grants)
    {
        var handledFs = HandledFileAccess(abi);
        var attr = new RulesetAttr
        {
            HandledAccessFs = handledFs,
            HandledAccessNet = RestrictsTcp(abi) ? NetBindTcp | NetConnectTcp : 0,
            Scoped = ScopesSignalsAndAbstractSockets(abi) ? ScopeAbstractUnixSocket | ScopeSignal : 0,
        };
        var size = abi >= 6 ? 24 : abi >= 4 ? 16 : 8;
        var rulesetFd = (int)LibC.Syscall(SysCreateRuleset, (nint)(&attr), size, 0, 0, 0);
        if (rulesetFd < 0) throw Failure("landlock_create_ruleset", Errno.Last);
        try
        {
            foreach (var grant in grants)
                AddRule(rulesetFd, grant, handledFs);
            if (LibC.Syscall(SysRestrictSelf, rulesetFd, 0, 0, 0, 0) != 0)
                throw Failure("landlock_restrict_self", Errno.Last);
        }
        finally
        {
            LibC.Close(rulesetFd);
        }
    }

    private static void AddRule(int rulesetFd, ReadOnlyGrant grant, ulong handledFs)
    {
        // Only EXECUTE, READ_FILE, WRITE_FILE, TRUNCATE and IOCTL_DEV apply to a file; READ_DIR on one is EINVAL.
        var access = ReadFile | (grant.IsDirectory ? ReadDir : 0) | (grant.AllowExecute ? Execute : 0);
        var fd = OpenPath(grant.Path);
        if (fd < 0) throw Failure($"open({grant.Path}, O_PATH)", Errno.Last);
        try
        {
            var rule = new PathBeneathAttr { AllowedAccess = access & handledFs, ParentFd = fd };
            if (LibC.Syscall(SysAddRule, rulesetFd, RulePathBeneath, (nint)(&rule), 0, 0) != 0)
                throw Failure($"landlock_add_rule({grant.Path})", Errno.Last);
        }
        finally
        {
            LibC.Close(fd);
        }
    }

    /// <summary>
    /// True when opening the root directory for reading is refused with EACCES — which, since no grant
    /// is ever the root directory, only a Landlock domain of this library does.
    /// </summary>
    public static bool IsCallingThreadRestricted()
    {
        var fd = OpenForReading("/");
        if (fd >= 0)
        {
            LibC.Close(fd);
            return false;
        }
        return Errno.Last == Errno.EACCES;
    }

    private static int OpenPath(string path) => Open(path, LibC.O_PATH | LibC.O_CLOEXEC);

    private static int OpenForReading(string path) => Open(path, LibC.O_RDONLY | LibC.O_CLOEXEC);

    private static int Open(string path, int flags)
    {
        var bytes = Encoding.UTF8.GetBytes(path + "\0");
        fixed (byte* p = bytes) return LibC.Open(p, flags, 0);
    }

    private static SandboxUnavailableException Failure(string call, int errno) =>
        new($"Landlock: {call} failed with {Errno.Name(errno)}.");
}
