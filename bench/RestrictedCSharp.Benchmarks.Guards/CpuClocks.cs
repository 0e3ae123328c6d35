using System.Runtime.InteropServices;

namespace RestrictedCSharp.Benchmarks.Guards;

/// <summary>
/// CPU-time clocks read with clock_gettime(2), for the interleaved measurements: the time a thread
/// or a process spent on a core leaves out the time it waited for one on a shared machine.
/// </summary>
internal static class CpuClocks
{
    public const int OwnProcess = 2; // CLOCK_PROCESS_CPUTIME_ID
    public const int OwnThread = 3; // CLOCK_THREAD_CPUTIME_ID

    /// <summary>The CPU-time clock of another process (what clock_getcpuclockid(3) computes: CPUCLOCK_SCHED of the pid).</summary>
    public static int OfProcess(int pid) => (~pid << 3) | 2;

    /// <summary>The clock's reading in microseconds; NaN where it cannot be read (not Linux, or no such process).</summary>
    public static double Microseconds(int clock)
        => OperatingSystem.IsLinux() && ClockGetTime(clock, out var time) == 0
            ? (time.Seconds * 1e6) + (time.Nanoseconds / 1e3)
            : double.NaN;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
