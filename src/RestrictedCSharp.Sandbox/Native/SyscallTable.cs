using System.Runtime.InteropServices;

namespace RestrictedCSharp.Sandbox.Native;

/// <summary>
/// System call numbers of one CPU architecture, by name. Numbers are from the kernel's UAPI headers:
/// x86_64 from <c>asm/unistd_64.h</c>, aarch64 from <c>asm-generic/unistd.h</c>; the numbers from 424
/// up are shared by every architecture. Calls an architecture lacks (aarch64 has no <c>fork</c>,
/// <c>open</c> or <c>chmod</c>) are simply absent.
/// </summary>
internal sealed class SyscallTable
{
    /// <summary>AUDIT_ARCH_* from linux/audit.h: EM_* | __AUDIT_ARCH_64BIT | __AUDIT_ARCH_LE.</summary>
    public uint AuditArch { get; }

    public string Name { get; }

    /// <summary>
    /// The highest call number this table was reviewed against (file_setattr, Linux 6.17/6.18).
    /// Anything above it is newer than the review and is answered ENOSYS by the filter.
    /// </summary>
    public int HighestReviewed => 469;

    /// <summary>x86_64 only: the x32 ABI sets this bit in the call number.</summary>
    public uint? X32Bit { get; }

    private readonly Dictionary<string, int> numbers;

    private SyscallTable(string name, uint auditArch, uint? x32Bit, Dictionary<string, int> numbers)
    {
        Name = name;
        AuditArch = auditArch;
        X32Bit = x32Bit;
        this.numbers = numbers;
    }

    public bool TryGet(string name, out int number) => numbers.TryGetValue(name, out number);

    public int this[string name] => numbers.TryGetValue(name, out var n)
        ? n
        : throw new KeyNotFoundException($"{Name} has no system call '{name}'.");

    /// <summary>The table of the running process, or null when no table exists for it.</summary>
    public static SyscallTable? ForCurrentProcess() => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => X64,
        Architecture.Arm64 => Arm64,
        _ => null,
    };

    /// <summary>Calls with the same number on every architecture (the unified range from 424 on).</summary>
    private static Dictionary<string, int> Common() => new()
    {
        ["pidfd_send_signal"] = 424, ["io_uring_setup"] = 425, ["io_uring_enter"] = 426,
        ["io_uring_register"] = 427, ["open_tree"] = 428, ["move_mount"] = 429, ["fsopen"] = 430,
        ["fsconfig"] = 431, ["fsmount"] = 432, ["fspick"] = 433, ["pidfd_open"] = 434, ["clone3"] = 435,
        ["pidfd_getfd"] = 438, ["process_madvise"] = 440, ["mount_setattr"] = 442, ["quotactl_fd"] = 443,
        ["landlock_create_ruleset"] = 444, ["landlock_add_rule"] = 445, ["landlock_restrict_self"] = 446,
        ["process_mrelease"] = 448, ["fchmodat2"] = 452, ["setxattrat"] = 463, ["removexattrat"] = 466,
        ["open_tree_attr"] = 467, ["file_setattr"] = 469,
    };

    public static SyscallTable X64 { get; } = new("x86_64", 0xC000_003E, 0x4000_0000, new(Common())
    {
        ["ioctl"] = 16, ["socket"] = 41, ["socketpair"] = 53, ["clone"] = 56, ["fork"] = 57, ["vfork"] = 58,
        ["execve"] = 59, ["kill"] = 62, ["truncate"] = 76, ["chmod"] = 90, ["fchmod"] = 91, ["chown"] = 92,
        ["fchown"] = 93, ["lchown"] = 94, ["ptrace"] = 101, ["syslog"] = 103, ["rt_sigqueueinfo"] = 129,
        ["utime"] = 132, ["uselib"] = 134, ["personality"] = 135, ["setpriority"] = 141,
        ["sched_setparam"] = 142, ["sched_setscheduler"] = 144, ["vhangup"] = 153, ["pivot_root"] = 155,
        ["prctl"] = 157, ["adjtimex"] = 159, ["chroot"] = 161, ["acct"] = 163, ["settimeofday"] = 164,
        ["mount"] = 165, ["umount2"] = 166, ["swapon"] = 167, ["swapoff"] = 168, ["reboot"] = 169,
        ["sethostname"] = 170, ["setdomainname"] = 171, ["iopl"] = 172, ["ioperm"] = 173,
        ["init_module"] = 175, ["delete_module"] = 176, ["quotactl"] = 179, ["setxattr"] = 188,
        ["lsetxattr"] = 189, ["fsetxattr"] = 190, ["removexattr"] = 197, ["lremovexattr"] = 198,
        ["fremovexattr"] = 199, ["tkill"] = 200, ["sched_setaffinity"] = 203, ["lookup_dcookie"] = 212,
        ["clock_settime"] = 227, ["tgkill"] = 234, ["utimes"] = 235, ["kexec_load"] = 246,
        ["add_key"] = 248, ["request_key"] = 249, ["keyctl"] = 250, ["ioprio_set"] = 251,
        ["migrate_pages"] = 256, ["fchownat"] = 260, ["futimesat"] = 261, ["fchmodat"] = 268,
        ["unshare"] = 272, ["move_pages"] = 279, ["utimensat"] = 280, ["rt_tgsigqueueinfo"] = 297,
        ["perf_event_open"] = 298, ["fanotify_init"] = 300, ["prlimit64"] = 302,
        ["name_to_handle_at"] = 303, ["open_by_handle_at"] = 304, ["clock_adjtime"] = 305, ["setns"] = 308,
        ["process_vm_readv"] = 310, ["process_vm_writev"] = 311, ["kcmp"] = 312, ["finit_module"] = 313,
        ["sched_setattr"] = 314, ["seccomp"] = 317, ["kexec_file_load"] = 320, ["bpf"] = 321,
        ["execveat"] = 322, ["userfaultfd"] = 323,
    });

    public static SyscallTable Arm64 { get; } = new("aarch64", 0xC000_00B7, null, new(Common())
    {
        ["setxattr"] = 5, ["lsetxattr"] = 6, ["fsetxattr"] = 7, ["removexattr"] = 14, ["lremovexattr"] = 15,
        ["fremovexattr"] = 16, ["lookup_dcookie"] = 18, ["ioctl"] = 29, ["ioprio_set"] = 30,
        ["umount2"] = 39, ["mount"] = 40, ["pivot_root"] = 41, ["truncate"] = 45, ["chroot"] = 51,
        ["fchmod"] = 52, ["fchmodat"] = 53, ["fchownat"] = 54, ["fchown"] = 55, ["vhangup"] = 58,
        ["quotactl"] = 60, ["utimensat"] = 88, ["acct"] = 89, ["personality"] = 92, ["unshare"] = 97,
        ["kexec_load"] = 104, ["init_module"] = 105, ["delete_module"] = 106, ["clock_settime"] = 112,
        ["syslog"] = 116, ["ptrace"] = 117, ["sched_setparam"] = 118, ["sched_setscheduler"] = 119,
        ["sched_setaffinity"] = 122, ["kill"] = 129, ["tkill"] = 130, ["tgkill"] = 131,
        ["rt_sigqueueinfo"] = 138, ["setpriority"] = 140, ["reboot"] = 142, ["sethostname"] = 161,
        ["setdomainname"] = 162, ["prctl"] = 167, ["settimeofday"] = 170, ["adjtimex"] = 171,
        ["socket"] = 198, ["socketpair"] = 199, ["add_key"] = 217, ["request_key"] = 218, ["keyctl"] = 219,
        ["clone"] = 220, ["execve"] = 221, ["swapon"] = 224, ["swapoff"] = 225, ["migrate_pages"] = 238,
        ["move_pages"] = 239, ["rt_tgsigqueueinfo"] = 240, ["perf_event_open"] = 241,
        ["prlimit64"] = 261, ["fanotify_init"] = 262, ["name_to_handle_at"] = 264,
        ["open_by_handle_at"] = 265, ["clock_adjtime"] = 266, ["setns"] = 268, ["process_vm_readv"] = 270,
        ["process_vm_writev"] = 271, ["kcmp"] = 272, ["finit_module"] = 273, ["sched_setattr"] = 274,
        ["seccomp"] = 277, ["bpf"] = 280, ["execveat"] = 281, ["userfaultfd"] = 282,
        ["kexec_file_load"] = 294,
    });
}
