using System.Runtime.InteropServices;
using RestrictedCSharp.Sandbox.Native;

namespace RestrictedCSharp.Sandbox;

/// <summary>
/// The seccomp-bpf filter of the runner, built as a classic-BPF program, and its installation on every
/// thread of the process (SECCOMP_FILTER_FLAG_TSYNC). Refused calls answer an errno (EPERM, or ENOSYS
/// where a fallback is wanted) rather than killing the process: the runtime turns them into ordinary
/// exceptions (SocketException, Win32Exception, …) that the runner reports as the bot's failure, and a
/// killed runner would look like a crash. Only a foreign system-call ABI kills: managed code cannot
/// reach one without hand-written machine code, so it is an attack, not a mistake.
/// </summary>
internal static unsafe class SeccompFilter
{
    // linux/seccomp.h
    private const uint RetKillProcess = 0x8000_0000;
    private const uint RetErrno = 0x0005_0000;
    private const uint RetAllow = 0x7fff_0000;
    private const int SetModeFilter = 1;          // SECCOMP_SET_MODE_FILTER
    private const nint FilterFlagTsync = 1;       // SECCOMP_FILTER_FLAG_TSYNC

    // struct seccomp_data: int nr; __u32 arch; __u64 instruction_pointer; __u64 args[6].
    private const uint OffsetNr = 0;
    private const uint OffsetArch = 4;
    private static uint OffsetArgLow(int index) => 16 + 8 * (uint)index; // little-endian: low word first

    // linux/sched.h
    private const uint CloneThread = 0x0001_0000;
    /// <summary>CLONE_NEWNS|NEWCGROUP|NEWUTS|NEWIPC|NEWUSER|NEWPID|NEWNET. (CLONE_NEWTIME, 0x80, is
    /// only valid for clone3/unshare; in clone's flags that bit belongs to the exit signal.)</summary>
    private const uint CloneNamespaceFlags = 0x0002_0000 | 0x0200_0000 | 0x0400_0000 | 0x0800_0000
                                             | 0x1000_0000 | 0x2000_0000 | 0x4000_0000;

    // asm-generic/ioctls.h: push bytes into a terminal's input queue / console control.
    private const uint Tiocsti = 0x5412;
    private const uint Tioclinux = 0x541C;

    public static uint Errno(int errno) => RetErrno | ((uint)errno & 0xFFFF);
    public static uint Allow => RetAllow;
    public static uint KillProcess => RetKillProcess;

    /// <summary>Number of calls refused outright by <see cref="Build"/> on this table.</summary>
    public static int DeniedCallCount(SyscallTable table) =>
        SyscallDenyList.Groups.SelectMany(g => g.Calls).Count(c => table.TryGet(c, out _));

    /// <summary>
    /// Builds the filter for one architecture. <paramref name="ownProcessId"/> is the only process the
    /// filtered process may signal or change the limits and CPU affinity of.
    /// </summary>
    public static BpfInstruction[] Build(SyscallTable table, int ownProcessId)
    {
        var p = new BpfProgram();
        var deny = p.NewLabel();
        var allow = p.NewLabel();

        // A call made through another ABI (i386 int 0x80 on x86_64, arch AUDIT_ARCH_I386) has other
        // numbers; refusing all of them is the only safe answer.
        // Verdicts sit next to their test: jump offsets are 8-bit and the program is a few hundred long.
        p.LoadWord(OffsetArch);
        var nativeArch = p.NewLabel();
        p.JumpIfEqual(table.AuditArch, nativeArch);
        p.Return(RetKillProcess);
        p.Mark(nativeArch);
        p.LoadWord(OffsetNr);
        if (table.X32Bit is { } x32)
        {
            var notX32 = p.NewLabel();
            p.JumpIfGreaterOrEqual(x32, null, notX32);
            p.Return(RetKillProcess);
            p.Mark(notX32);
        }
        var known = p.NewLabel();
        p.JumpIfGreaterOrEqual((uint)table.HighestReviewed + 1, null, known);
        p.Return(Errno(Native.Errno.ENOSYS));
        p.Mark(known);

        foreach (var group in SyscallDenyList.Groups)
            foreach (var call in group.Calls)
                if (table.TryGet(call, out var nr))
                {
                    var next = p.NewLabel();
                    p.JumpIfEqual((uint)nr, null, next);
                    p.Return(Errno(group.Errno));
                    p.Mark(next);
                }

        // clone: threads only (CLONE_THREAD implies CLONE_SIGHAND and CLONE_VM), and no new namespaces.
        // Flags are the low 32 bits of the first argument on both architectures.
        WhenCall(p, table["clone"], () =>
        {
            p.LoadWord(OffsetArgLow(0));
            var isThread = p.NewLabel();
            p.JumpIfAnyBitSet(CloneThread, isThread, deny);
            p.Mark(isThread);
            p.JumpIfAnyBitSet(CloneNamespaceFlags, deny, allow);
        });

        // Signals and rt-signal queues go to this process only. pid_t is the low 32 bits of argument 0.
        foreach (var call in new[] { "kill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo" })
            WhenCall(p, table[call], () =>
            {
                p.LoadWord(OffsetArgLow(0));
                p.JumpIfEqual((uint)ownProcessId, allow, deny);
            });

        // Resource limits and CPU affinity of this process only (pid 0 means the caller): otherwise a
        // runner could lower the limits of, or pin, another process of the same user — the host.
        foreach (var call in new[] { "prlimit64", "sched_setaffinity" })
            WhenCall(p, table[call], () =>
            {
                p.LoadWord(OffsetArgLow(0));
                var notZero = p.NewLabel();
                p.JumpIfEqual(0, allow, notZero);
                p.Mark(notZero);
                p.JumpIfEqual((uint)ownProcessId, allow, deny);
            });

        // ioctl: no faking input on an inherited terminal. The request is an unsigned int.
        WhenCall(p, table["ioctl"], () =>
        {
            p.LoadWord(OffsetArgLow(1));
            var notSti = p.NewLabel();
            p.JumpIfEqual(Tiocsti, deny, notSti);
            p.Mark(notSti);
            p.JumpIfEqual(Tioclinux, deny, allow);
        });

        // prctl: the lockdown made the process non-dumpable (no ptrace/ /proc/<pid>/mem access by
        // same-user processes); it must not be able to undo that.
        WhenCall(p, table["prctl"], () =>
        {
            p.LoadWord(OffsetArgLow(0));
            p.JumpIfEqual(LibC.PR_SET_DUMPABLE, deny, allow);
        });

        p.Mark(allow);
        p.Return(RetAllow);
        p.Mark(deny);
        p.Return(Errno(Native.Errno.EPERM));
        return p.Build();
    }

    /// <summary>Emits: if nr == <paramref name="nr"/> then <paramref name="body"/> (which must end in a
    /// jump to allow or deny) else continue. A still holds the call number after the skip.</summary>
    private static void WhenCall(BpfProgram p, int nr, Action body)
    {
        var next = p.NewLabel();
        p.JumpIfEqual((uint)nr, null, next);
        body();
        p.Mark(next);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct SockFprog
    {
        public ushort Length;
        public BpfInstruction* Filter;
    }

    /// <summary>
    /// Installs the filter on all threads. Requires no_new_privs (or CAP_SYS_ADMIN). Returns 0 or the
    /// errno of the failure; TSYNC reports a thread that could not be synchronised as ESRCH here.
    /// </summary>
    public static int InstallOnAllThreads(SyscallTable table, BpfInstruction[] program)
    {
        fixed (BpfInstruction* instructions = program)
        {
            var fprog = new SockFprog { Length = checked((ushort)program.Length), Filter = instructions };
            var result = LibC.Syscall(table["seccomp"], SetModeFilter, FilterFlagTsync, (nint)(&fprog), 0, 0);
            if (result == 0) return 0;
            return result > 0 ? Native.Errno.ESRCH : Native.Errno.Last;
        }
    }
}
