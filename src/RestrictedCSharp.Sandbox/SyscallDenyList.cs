using RestrictedCSharp.Sandbox.Native;

namespace RestrictedCSharp.Sandbox;

/// <summary>
/// The system calls the seccomp filter refuses outright, each group with the reason. The filter is a
/// deny list on top of Landlock: the .NET runtime uses a broad and version-dependent set of calls
/// (mmap/mprotect for the JIT and W^X, memfd_create for its double mapping, membarrier, futex, tgkill
/// for thread suspension, rt_sig*, sched_*, getrandom, …) that an allow list would have to chase.
/// Calls newer than the reviewed table are refused as a whole (see <see cref="SyscallTable.HighestReviewed"/>),
/// so the list cannot silently go stale on a newer kernel. Calls with argument checks (clone, kill, …)
/// are in <see cref="SeccompFilter"/>.
/// </summary>
internal static class SyscallDenyList
{
    public sealed record Group(string Reason, int Errno, params string[] Calls);

    public static IReadOnlyList<Group> Groups { get; } =
    [
        new("starting programs and processes", Errno.EPERM,
            "execve", "execveat", "fork", "vfork"),
        // glibc (2.34+) tries clone3 first and falls back to clone on ENOSYS; clone3 passes its flags in
        // memory, out of a filter's reach, so threads are created through clone, whose flags are checked.
        new("clone3 hides its flags from the filter; glibc falls back to clone", Errno.ENOSYS,
            "clone3"),
        new("every socket family, AF_UNIX included: the runner talks over inherited pipes only", Errno.EPERM,
            "socket", "socketpair"),
        new("reaching into other processes", Errno.EPERM,
            "ptrace", "process_vm_readv", "process_vm_writev", "kcmp", "pidfd_open", "pidfd_getfd",
            "pidfd_send_signal", "process_madvise", "process_mrelease", "migrate_pages", "move_pages",
            "tkill"),
        new("namespaces, mounts and the root directory", Errno.EPERM,
            "unshare", "setns", "mount", "umount2", "pivot_root", "chroot", "open_tree", "open_tree_attr",
            "move_mount", "fsopen", "fsconfig", "fsmount", "fspick", "mount_setattr"),
        // io_uring performs opens, connects and sockets on kernel threads that seccomp never sees.
        new("kernel attack surface the runtime never uses", Errno.EPERM,
            "bpf", "perf_event_open", "userfaultfd", "io_uring_setup", "io_uring_enter", "io_uring_register",
            "add_key", "request_key", "keyctl", "fanotify_init", "name_to_handle_at", "open_by_handle_at",
            "lookup_dcookie", "personality", "uselib", "syslog", "vhangup"),
        new("system administration", Errno.EPERM,
            "kexec_load", "kexec_file_load", "init_module", "finit_module", "delete_module", "reboot",
            "swapon", "swapoff", "acct", "settimeofday", "clock_settime", "clock_adjtime", "adjtimex",
            "sethostname", "setdomainname", "iopl", "ioperm", "quotactl", "quotactl_fd"),
        // Landlock governs opening, creating, renaming and truncating (ABI 3+) files, but not their
        // metadata: chmod, chown, extended attributes and timestamps pass through it.
        new("file metadata and path truncation, which Landlock does not cover", Errno.EPERM,
            "chmod", "fchmod", "fchmodat", "fchmodat2", "chown", "fchown", "lchown", "fchownat",
            "setxattr", "lsetxattr", "fsetxattr", "setxattrat", "removexattr", "lremovexattr",
            "fremovexattr", "removexattrat", "utime", "utimes", "utimensat", "futimesat", "file_setattr",
            "truncate"),
        new("scheduling priority: a runner must not starve the host or its siblings", Errno.EPERM,
            "sched_setscheduler", "sched_setparam", "sched_setattr", "setpriority", "ioprio_set"),
    ];
}
