using System.Diagnostics;
using RestrictedCSharp.Guards;
using static RestrictedCSharp.Benchmarks.Guards.Statistics;

namespace RestrictedCSharp.Benchmarks.Guards;

/// <summary>
/// A second measurement for a machine that others share: the guarded and unguarded builds run in
/// short alternating batches in one process, and each kernel's ratio is the median of the batch
/// pairs' ratios. A load change that lasts longer than one pair (a few milliseconds) slows both
/// sides alike, which separate BenchmarkDotNet runs of each build cannot promise. Each batch is
/// timed twice: wall-clock, and by the thread's CPU time (on Linux), which leaves out the time
/// the thread waited for a core.
/// </summary>
internal static class InterleavedRatios
{
    private static readonly TimeSpan BatchTarget = TimeSpan.FromMilliseconds(20);

    public static void Run(int rounds)
    {
        GuardBudget.Begin(new GuardLimits(long.MaxValue, 100_000, long.MaxValue));
        Console.WriteLine($"Interleaved ratios, {rounds} rounds of ~{BatchTarget.TotalMilliseconds:0} ms batches; load before: {LoadAverage()}");
        Console.WriteLine("| Kernel | Unguarded (median) | Guarded (median) | Ratio, wall (median of pairs) | Ratio, CPU time (median of pairs) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        var ratios = new List<double>();
        var cpuRatios = new List<double>();
        foreach (var kernel in BotKernels.Names)
        {
            var unguarded = KernelAssemblies.Load(kernel, guarded: false);
            var guarded = KernelAssemblies.Load(kernel, guarded: true);
            if (unguarded() != guarded())
            {
                throw new InvalidOperationException($"{kernel}: the guarded and unguarded builds differ.");
            }

            WarmUp(unguarded);
            WarmUp(guarded);
            int calls = CallsPerBatch(unguarded);
            var plain = new List<double>();
            var withGuards = new List<double>();
            var pairRatios = new List<double>();
            var cpuPairRatios = new List<double>();
            for (int round = 0; round < rounds; round++)
            {
                // Alternate which build goes first, so neither always follows a GC of the other.
                (double Wall, double Cpu) a, b;
                if (round % 2 == 0)
                {
                    a = Time(unguarded, calls);
                    b = Time(guarded, calls);
                }
                else
                {
                    b = Time(guarded, calls);
                    a = Time(unguarded, calls);
                }

                plain.Add(a.Wall);
                withGuards.Add(b.Wall);
                pairRatios.Add(b.Wall / a.Wall);
                cpuPairRatios.Add(b.Cpu / a.Cpu);
            }

            double ratio = Median(pairRatios);
            double cpuRatio = Median(cpuPairRatios);
            ratios.Add(ratio);
            cpuRatios.Add(cpuRatio);
            Console.WriteLine($"| {kernel} | {Median(plain):0.0} µs | {Median(withGuards):0.0} µs | {ratio:0.00} | {cpuRatio:0.00} |");
        }

        Console.WriteLine($"| **geometric mean** | | | **{GeometricMean(ratios):0.00}** | **{GeometricMean(cpuRatios):0.00}** |");
        Console.WriteLine($"Load after: {LoadAverage()}");
        GuardBudget.End();
    }

    private static void WarmUp(Func<long> kernel)
    {
        // Tiered compilation promotes a method after 30 calls once no new code has been compiled
        // for 100 ms; two rounds of calls with pauses let the final (tier-1) code be installed.
        for (int phase = 0; phase < 4; phase++)
        {
            var watch = Stopwatch.StartNew();
            for (int i = 0; i < 100 || watch.ElapsedMilliseconds < 600; i++)
            {
                kernel();
            }

            Thread.Sleep(300);
        }
    }

    private static int CallsPerBatch(Func<long> kernel)
    {
        var watch = Stopwatch.StartNew();
        kernel();
        double once = Math.Max(watch.Elapsed.TotalMilliseconds, 0.001);
        return Math.Max(1, (int)(BatchTarget.TotalMilliseconds / once));
    }

    /// <summary>Wall-clock and thread CPU microseconds per call over a batch of <paramref name="calls"/> calls.</summary>
    private static (double Wall, double Cpu) Time(Func<long> kernel, int calls)
    {
        double cpuStart = CpuClocks.Microseconds(CpuClocks.OwnThread);
        long start = Stopwatch.GetTimestamp();
        for (int i = 0; i < calls; i++)
        {
            kernel();
        }

        double wall = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        double cpu = CpuClocks.Microseconds(CpuClocks.OwnThread) - cpuStart;
        return (wall / calls, (double.IsNaN(cpu) ? wall : cpu) / calls);
    }

    private static double GeometricMean(List<double> values) => Math.Exp(values.Average(Math.Log));

    private static string LoadAverage()
        => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
