using RestrictedCSharp.Sandbox;
using RestrictedCSharp.Sandbox.Native;

namespace RestrictedCSharp.Sandbox.Tests;

/// <summary>The seccomp filter's decisions, evaluated by a BPF interpreter for both architectures.</summary>
public sealed class SeccompFilterTests
{
    private const int OwnPid = 4242;
    private static readonly uint Eperm = SeccompFilter.Errno(Errno.EPERM);
    private static readonly uint Enosys = SeccompFilter.Errno(Errno.ENOSYS);

    public static TheoryData<string> Architectures => ["x86_64", "aarch64"];

    private static SyscallTable Table(string name) => name == "x86_64" ? SyscallTable.X64 : SyscallTable.Arm64;

    private static uint Decide(SyscallTable table, string call, params ulong[] args) =>
        BpfInterpreter.Run(SeccompFilter.Build(table, OwnPid), table[call], table.AuditArch, args);

    [Theory, MemberData(nameof(Architectures))]
    public void Calls_the_runtime_needs_are_allowed(string arch)
    {
        var table = Table(arch);
        var program = SeccompFilter.Build(table, OwnPid);
        // read, write, mmap, mprotect, futex, membarrier, memfd_create, getrandom by number.
        int[] numbers = arch == "x86_64" ? [0, 1, 9, 10, 202, 324, 319, 318] : [63, 64, 222, 226, 98, 283, 279, 278];
        foreach (var nr in numbers)
            BpfInterpreter.Run(program, nr, table.AuditArch).Should().Be(SeccompFilter.Allow, $"call {nr}");
    }

    [Theory, MemberData(nameof(Architectures))]
    public void Every_listed_call_is_refused_with_its_errno(string arch)
    {
        var table = Table(arch);
        var program = SeccompFilter.Build(table, OwnPid);
        foreach (var group in SyscallDenyList.Groups)
            foreach (var call in group.Calls.Where(c => table.TryGet(c, out _)))
                BpfInterpreter.Run(program, table[call], table.AuditArch)
                    .Should().Be(SeccompFilter.Errno(group.Errno), call);
        Decide(table, "clone3").Should().Be(Enosys, "glibc falls back to clone on ENOSYS");
        Decide(table, "execve").Should().Be(Eperm);
        Decide(table, "socket", 1 /* AF_UNIX */).Should().Be(Eperm);
    }

    [Theory, MemberData(nameof(Architectures))]
    public void Clone_creates_threads_but_not_processes_or_namespaces(string arch)
    {
        var table = Table(arch);
        // What glibc's pthread_create passes: CLONE_VM|FS|FILES|SIGHAND|THREAD|SYSVSEM|SETTLS|PARENT_SETTID|CHILD_CLEARTID.
        const ulong pthreadFlags = 0x3d0f00;
        Decide(table, "clone", pthreadFlags).Should().Be(SeccompFilter.Allow);
        Decide(table, "clone", 0x1200011 /* fork(): CHILD_SETTID|CHILD_CLEARTID|SIGCHLD */).Should().Be(Eperm);
        Decide(table, "clone", pthreadFlags | 0x10000000 /* CLONE_NEWUSER */).Should().Be(Eperm);
        Decide(table, "clone", pthreadFlags | 0x40000000 /* CLONE_NEWNET */).Should().Be(Eperm);
        Decide(table, "clone", 0x4111 /* vfork(): VM|VFORK|SIGCHLD */).Should().Be(Eperm);
    }

    [Theory, MemberData(nameof(Architectures))]
    public void Signals_limits_and_affinity_reach_only_this_process(string arch)
    {
        var table = Table(arch);
        Decide(table, "kill", OwnPid, 0).Should().Be(SeccompFilter.Allow);
        Decide(table, "kill", 1, 9).Should().Be(Eperm);
        Decide(table, "kill", unchecked((ulong)-1), 9).Should().Be(Eperm, "kill(-1) signals every process of the user");
        Decide(table, "kill", 0, 9).Should().Be(Eperm, "kill(0) signals the whole process group, host included");
        Decide(table, "tgkill", OwnPid, 77, 10).Should().Be(SeccompFilter.Allow);
        Decide(table, "tgkill", 1, 1, 10).Should().Be(Eperm);
        Decide(table, "rt_sigqueueinfo", 1).Should().Be(Eperm);
        Decide(table, "prlimit64", 0).Should().Be(SeccompFilter.Allow);
        Decide(table, "prlimit64", OwnPid).Should().Be(SeccompFilter.Allow);
        Decide(table, "prlimit64", 1).Should().Be(Eperm);
        Decide(table, "sched_setaffinity", 1).Should().Be(Eperm);
    }

    [Theory, MemberData(nameof(Architectures))]
    public void Prctl_and_ioctl_are_refused_only_for_their_dangerous_requests(string arch)
    {
        var table = Table(arch);
        Decide(table, "prctl", 4 /* PR_SET_DUMPABLE */, 1).Should().Be(Eperm);
        Decide(table, "prctl", 15 /* PR_SET_NAME */).Should().Be(SeccompFilter.Allow);
        Decide(table, "ioctl", 0, 0x5412 /* TIOCSTI */).Should().Be(Eperm);
        Decide(table, "ioctl", 0, 0x5401 /* TCGETS */).Should().Be(SeccompFilter.Allow);
    }

    [Theory, MemberData(nameof(Architectures))]
    public void Foreign_abis_kill_and_unknown_new_calls_are_enosys(string arch)
    {
        var table = Table(arch);
        var program = SeccompFilter.Build(table, OwnPid);
        const uint auditArchI386 = 0x4000_0003;
        BpfInterpreter.Run(program, 11 /* execve on i386 */, auditArchI386).Should().Be(SeccompFilter.KillProcess);
        BpfInterpreter.Run(program, table.HighestReviewed + 1, table.AuditArch).Should().Be(Enosys);
        if (table.X32Bit is { } x32)
            BpfInterpreter.Run(program, (int)(x32 | 59), table.AuditArch).Should().Be(SeccompFilter.KillProcess);
    }

    [Fact]
    public void Unresolvable_jumps_are_refused_not_truncated()
    {
        var program = new BpfProgram();
        var far = program.NewLabel();
        program.JumpIfEqual(1, far);
        for (var i = 0; i < 300; i++) program.Return(0);
        program.Mark(far);
        program.Return(0);
        program.Invoking(p => p.Build()).Should().Throw<InvalidOperationException>().WithMessage("*8-bit*");

        var unmarked = new BpfProgram();
        unmarked.JumpIfEqual(1, unmarked.NewLabel());
        unmarked.Invoking(p => p.Build()).Should().Throw<InvalidOperationException>().WithMessage("*never marked*");
    }
}
