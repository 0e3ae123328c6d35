using System.Diagnostics;
using RestrictedCSharp.Benchmarks.Alternatives.Report;
using RestrictedCSharp.Benchmarks.Guards;
using RestrictedCSharp.Guards;
using RestrictedCSharp.Hosting;
using static RestrictedCSharp.Benchmarks.Guards.Statistics;

namespace RestrictedCSharp.Benchmarks.Alternatives.Workloads;

/// <summary>
/// The workloads side by side in one process, the guard suite's interleaved method applied to this
/// suite's builds: per kernel, short batches of plain C#, guarded in-process, the guarded bot in a runner
/// and the plain build in a runner take turns (the order rotates each round), and each side's ratio is
/// the median over rounds of its batch time over the plain batch of the same round. A load change longer
/// than one round (well under a second) slows every side alike, which BenchmarkDotNet's runs, seconds
/// to minutes apart, cannot promise on a shared machine.
/// </summary>
/// <remarks>
/// The plain build in a runner (served with the audit skipped: it has no guards) is a diagnostic: against
/// plain C# it is the runner's own cost (round trip, the runner's runtime settings, the sandbox), and the
/// guarded runner against it is the guards' cost inside a runner. Each batch is timed twice: wall-clock,
/// and by CPU time (on Linux): this process's, plus the runner's for a runner side. CPU time leaves out
/// the time spent waiting for a core, which on a loaded machine is most of the noise; it also leaves out
/// a runner's wake-up latency, which is a real cost of the round trip, so both are given.
/// </remarks>
internal static class InterleavedWorkloads
{
    public const string InProcess = "in-process", Runner = "runner", PlainRunner = "plain in a runner";

    private static readonly TimeSpan BatchTarget = TimeSpan.FromMilliseconds(20);

    /// <summary>One kernel: the plain batch's median time per call and, per other side, its median time and ratio.</summary>
    /// <remarks><see cref="GuardsInRunner"/> is the guarded runner against the plain one (each bot alone in its process,
    /// under the same settings): the guards' cost as bots run.</remarks>
    public sealed record Row(string Kernel, int Rounds, int CallsPerBatch, double PlainUs, Dictionary<string, Side> Sides, Side GuardsInRunner);

    /// <summary>A side's median wall time per call, and its ratios to plain C# by wall clock and by CPU time.</summary>
    public sealed record Side(double MedianUs, double Ratio, double CpuRatio);

    /// <summary>One contestant: how to call the kernel, and the runner process that serves it, if any.</summary>
    private sealed record Contestant(string Name, Func<long> Call, IBot? Bot = null);

    public static async Task<int> RunAsync(string resultsFolder, bool quick)
    {
        int rounds = quick ? 3 : 31;
        Console.WriteLine($"Interleaved workloads, {rounds} rounds of ~{BatchTarget.TotalMilliseconds:0} ms batches; load before: {LoadAverage()}");
        await using var guardedBot = await StartAsync(WorkloadAssemblies.RestrictedBotPath(), BotWorkloadBenchmarks.KernelBotOptions);
        await using var plainBot = await StartAsync(WorkloadAssemblies.PlainBotPath(), BotWorkloadBenchmarks.KernelBotOptions with { SkipAudit = true });
        var rows = new List<Row>();
        // The budget is effectively unlimited, but every guard runs as it does under a real one.
        GuardBudget.Begin(new GuardLimits(long.MaxValue, 100_000, long.MaxValue));
        try
        {
            foreach (var kernel in Workload.Names)
            {
                var plain = WorkloadAssemblies.Plain(kernel);
                var sides = new Contestant[]
                {
                    new("plain", plain),
                    new(InProcess, WorkloadAssemblies.Restricted(kernel)),
                    new(Runner, () => Call(guardedBot, kernel), guardedBot),
                    new(PlainRunner, () => Call(plainBot, kernel), plainBot),
                };
                var expected = plain();
                foreach (var (name, call, _) in sides)
                    if (call() != expected) throw new InvalidOperationException($"{kernel}: {name} differs from plain C#.");
                WarmUp(sides, quick);

                rows.Add(Measure(kernel, sides, rounds));
                var row = rows[^1];
                Console.WriteLine($"{kernel,-16} plain {row.PlainUs,9:0.0} µs  " +
                    string.Join("  ", row.Sides.Select(s => $"{s.Key} {s.Value.Ratio:0.00}× (CPU {s.Value.CpuRatio:0.00}×, {s.Value.MedianUs:0.0} µs)")) +
                    $"  guards in a runner {row.GuardsInRunner.Ratio:0.00}× (CPU {row.GuardsInRunner.CpuRatio:0.00}×)");
            }
        }
        finally
        {
            GuardBudget.End();
        }

        foreach (var side in new[] { InProcess, Runner, PlainRunner })
            Console.WriteLine($"geometric mean, {side}: {Math.Exp(rows.Average(r => Math.Log(r.Sides[side].Ratio))):0.00}× " +
                              $"(CPU time {Math.Exp(rows.Average(r => Math.Log(r.Sides[side].CpuRatio))):0.00}×)");
        Console.WriteLine($"geometric mean, guarded runner against plain runner: {Math.Exp(rows.Average(r => Math.Log(r.GuardsInRunner.Ratio))):0.00}× " +
                          $"(CPU time {Math.Exp(rows.Average(r => Math.Log(r.GuardsInRunner.CpuRatio))):0.00}×)");
        Console.WriteLine($"Load after: {LoadAverage()}");
        ResultFiles.Write(resultsFolder, "interleaved", rows);
        return 0;
    }

    private static Row Measure(string kernel, Contestant[] sides, int rounds)
    {
        int calls = CallsPerBatch(sides[0].Call);
        var times = sides.Select(_ => new List<double>()).ToArray();
        var ratios = sides.Select(_ => new List<double>()).ToArray();
        var cpuRatios = sides.Select(_ => new List<double>()).ToArray();
        var batch = new (double Wall, double Cpu)[sides.Length];
        for (int round = 0; round < rounds; round++)
        {
            // Rotate who goes first, so that no side always follows another's garbage.
            for (int turn = 0; turn < sides.Length; turn++)
            {
                int side = (round + turn) % sides.Length;
                batch[side] = Time(sides[side], calls);
            }

            for (int side = 0; side < sides.Length; side++)
            {
                times[side].Add(batch[side].Wall);
                ratios[side].Add(batch[side].Wall / batch[0].Wall);
                cpuRatios[side].Add(batch[side].Cpu / batch[0].Cpu);
            }
        }

        int guarded = Array.FindIndex(sides, s => s.Name == Runner), plain = Array.FindIndex(sides, s => s.Name == PlainRunner);
        var guards = new Side(Median(times[guarded]),
            Median(Enumerable.Range(0, rounds).Select(r => ratios[guarded][r] / ratios[plain][r]).ToList()),
            Median(Enumerable.Range(0, rounds).Select(r => cpuRatios[guarded][r] / cpuRatios[plain][r]).ToList()));
        return new Row(kernel, rounds, calls, Median(times[0]), Enumerable.Range(1, sides.Length - 1)
            .ToDictionary(i => sides[i].Name, i => new Side(Median(times[i]), Median(ratios[i]), Median(cpuRatios[i]))), guards);
    }

    private static void WarmUp(Contestant[] sides, bool quick)
    {
        // Tiered compilation promotes a method after 30 calls once no new code has been compiled for
        // 100 ms, and with PGO through an instrumented tier first: rounds of calls with pauses between
        // them let the final code be installed (in this process and in the runners'). The sides take
        // turns call by call because the two in-process builds share the framework's generic code
        // (LINQ over reference types, Dictionary<int, int>) and so its profile: warmed one after the
        // other, that code is optimized for the delegates and types of whichever came first.
        for (int phase = 0; phase < (quick ? 1 : 3); phase++)
        {
            var watch = Stopwatch.StartNew();
            for (int i = 0; i < 60 || watch.ElapsedMilliseconds < (quick ? 200 : 1500); i++)
                foreach (var side in sides) side.Call();
            Thread.Sleep(quick ? 50 : 200);
        }
    }

    private static int CallsPerBatch(Func<long> kernel)
    {
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < 5; i++) kernel();
        double once = Math.Max(watch.Elapsed.TotalMilliseconds / 5, 0.001);
        return Math.Max(1, (int)(BatchTarget.TotalMilliseconds / once));
    }

    /// <summary>Wall-clock and CPU microseconds per call over a batch of <paramref name="calls"/> calls.</summary>
    private static (double Wall, double Cpu) Time(Contestant side, int calls)
    {
        int? runner = side.Bot?.ProcessId;
        double runnerStart = runner is { } r0 ? CpuClocks.Microseconds(CpuClocks.OfProcess(r0)) : 0;
        double cpuStart = CpuClocks.Microseconds(CpuClocks.OwnProcess);
        long start = Stopwatch.GetTimestamp();
        for (int i = 0; i < calls; i++) side.Call();
        double wall = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        double cpu = CpuClocks.Microseconds(CpuClocks.OwnProcess) - cpuStart;
        if (runner is { } r1) cpu += CpuClocks.Microseconds(CpuClocks.OfProcess(r1)) - runnerStart;
        return (wall / calls, (double.IsNaN(cpu) ? wall : cpu) / calls);
    }

    private static async Task<IBot> StartAsync(string path, BotHostOptions options)
    {
        var bot = await BotHost.StartAsync(path, options);
        if (!bot.IsLoaded) throw new InvalidOperationException($"The kernel bot did not load: {bot.Load.Message}");
        return bot;
    }

    private static long Call(IBot bot, string kernel)
    {
        var result = bot.CallAsync(kernel, []).GetAwaiter().GetResult();
        if (!result.IsOk) throw new InvalidOperationException($"{kernel} in a runner: {result.Outcome} {result.Message}");
        return result.Value!.Value.GetInt64();
    }

    private static string LoadAverage()
        => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
