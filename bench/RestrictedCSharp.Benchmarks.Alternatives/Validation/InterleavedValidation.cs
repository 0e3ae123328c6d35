using System.Diagnostics;
using System.Globalization;
using RestrictedCSharp.Benchmarks.Alternatives.Report;
using static RestrictedCSharp.Benchmarks.Guards.Statistics;

namespace RestrictedCSharp.Benchmarks.Alternatives.Validation;

/// <summary>
/// The validation benchmarks' own methods, called in turn within each round (the order rotating from
/// round to round), so that a change of load hits every column alike: the ratio of each round is taken
/// against the plain compile of the same round. Steadier than separate BenchmarkDotNet runs on a shared
/// two-core machine; used to compare changes to Check and Build side by side. Each step is also timed
/// in CPU time of the whole process (every thread), which other work on the machine disturbs less, and by
/// the bytes it allocates, which that work does not disturb at all.
/// </summary>
internal static class InterleavedValidation
{
    /// <summary>The steps besides the plain compile, by the names the command line uses.</summary>
    public static readonly string[] StepNames = ["banned", "check", "emit", "build"];

    /// <summary>The plain compile's key in <see cref="Row.Step"/>; the others are <see cref="StepNames"/>.</summary>
    public const string PlainStep = "plain";

    /// <summary>The results file's name in the results folder.</summary>
    public const string ResultsName = "validation-interleaved";

    /// <summary>One step's figures; the ratios are against the plain compile of the same rounds.</summary>
    public sealed record Row(string Step, string Name, int Lines, int Rounds, double MedianMs, double Ratio, double CpuRatio, double AllocatedMiB, double AllocatedRatio);

    /// <summary>Runs the steps; with <paramref name="resultsFolder"/>, also writes their rows there for the report.</summary>
    public static int Run(int lines, int rounds, IReadOnlyCollection<string> stepNames, string? resultsFolder = null)
    {
        var unknown = stepNames.Except(StepNames).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine($"unknown step '{unknown[0]}': the steps are {string.Join(", ", StepNames)}");
            return 2;
        }

        var loadBefore = LoadAverage();
        var benchmarks = new ValidationBenchmarks { Lines = lines };
        benchmarks.Setup();
        var steps = new List<(string Key, string Name, Action Run)> { (PlainStep, "plain compile (diagnostics)", () => benchmarks.PlainCompile()) };
        if (stepNames.Contains("banned"))
        {
            benchmarks.SetupBannedApi();
            steps.Add(("banned", "+ BannedApiAnalyzers", () => benchmarks.PlainCompileWithBannedApi().GetAwaiter().GetResult()));
        }

        if (stepNames.Contains("check"))
        {
            benchmarks.SetupCheck();
            steps.Add(("check", "Check (SubmissionValidator)", () => benchmarks.Check().GetAwaiter().GetResult()));
        }

        if (stepNames.Contains("emit")) steps.Add(("emit", "plain compile + emit", () => benchmarks.PlainEmit()));
        if (stepNames.Contains("build"))
        {
            benchmarks.SetupBuild();
            steps.Add(("build", "Build (BotBuilder)", () => benchmarks.Build().GetAwaiter().GetResult()));
        }

        // Roslyn's own code takes tens of compiles to reach its optimized tier.
        var warmup = Math.Max(20, rounds / 5);
        var times = steps.Select(_ => new List<double>()).ToList();
        var cpuTimes = steps.Select(_ => new List<double>()).ToList();
        var allocated = steps.Select(_ => new List<double>()).ToList();
        using var process = Process.GetCurrentProcess();
        for (var round = -warmup; round < rounds; round++)
        {
            for (var i = 0; i < steps.Count; i++)
            {
                var index = (i + Math.Max(round, 0)) % steps.Count;
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                steps[index].Run();
                var elapsed = watch.Elapsed;
                var bytes = GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
                process.Refresh();
                if (round >= 0)
                {
                    times[index].Add(elapsed.TotalMilliseconds);
                    cpuTimes[index].Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                    allocated[index].Add(bytes / 1048576.0);
                }
            }
        }

        // CPU time (all threads of the process) is steadier than wall time when other work shares the cores;
        // the bytes allocated (all threads) do not depend on the load at all, and follow Roslyn's work closely.
        Console.WriteLine($"{lines} lines, {rounds} rounds, load average before: {loadBefore}, after: {LoadAverage()}");
        Console.WriteLine($"{"step",-30} {"median",10} {"min",10} {"ratio",8} {"CPU median",12} {"CPU ratio",10} {"allocated",12} {"alloc ratio",12}");
        var rows = new List<Row>();
        for (var i = 0; i < steps.Count; i++)
        {
            var ratios = times[i].Zip(times[0], (t, plain) => t / plain).ToList();
            var cpuRatios = cpuTimes[i].Zip(cpuTimes[0], (t, plain) => t / plain).ToList();
            rows.Add(new Row(steps[i].Key, steps[i].Name, lines, rounds, Median(times[i]), Median(ratios), Median(cpuRatios),
                Median(allocated[i]), Median(allocated[i]) / Median(allocated[0])));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{steps[i].Name,-30} {Median(times[i]),8:F1}ms {times[i].Min(),8:F1}ms {Median(ratios),7:F2}× {Median(cpuTimes[i]),10:F1}ms {Median(cpuRatios),9:F2}× {Median(allocated[i]),9:F1}MiB {Median(allocated[i]) / Median(allocated[0]),11:F2}×"));
        }

        Console.WriteLine("ratio: median over rounds of the step's time over the plain compile's in the same round.");
        if (resultsFolder is not null) ResultFiles.Write(resultsFolder, ResultsName, rows);

        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
