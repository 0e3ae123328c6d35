using System.Globalization;
using System.Text.RegularExpressions;
using RestrictedCSharp.Benchmarks.Alternatives.Runner;
using RestrictedCSharp.Benchmarks.Alternatives.Validation;
using RestrictedCSharp.Benchmarks.Alternatives.Workloads;

namespace RestrictedCSharp.Benchmarks.Alternatives.Report;

/// <summary>
/// The results section of docs/BENCHMARKS.md, rendered from one run's results folder: the tables of
/// every part and each target as met or not met. Ratios are of medians measured in the same run.
/// </summary>
internal static partial class ResultsReport
{
    public static int Write(string folder, TextWriter output)
    {
        var bdn = new BenchmarkDotNetResults(Path.Combine(folder, "bdn", "results"));
        var targets = new List<(string Target, string Measured, bool? Met)>();
        var o = output;

        o.WriteLine(Text(folder, "machine.txt").TrimEnd());
        o.WriteLine();

        // 1. Workloads
        o.WriteLine("### Bot workloads (ratio to plain C#, lower is better)");
        o.WriteLine();
        o.WriteLine("BenchmarkDotNet (BDN) ratios are of medians of its separate runs; interleaved (side by side) ratios are " +
                    "medians of the ratios of batches taken in turns in one run (see Method). The Targets use the interleaved ones.");
        o.WriteLine();
        o.WriteLine("| kernel | plain C# | in-process, BDN | in-process, interleaved | runner, BDN | runner, interleaved | Jint | CPython ¹ |");
        o.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        var python = ResultFiles.Read<List<PythonComparison.Row>>(folder, "python") ?? [];
        var interleaved = ResultFiles.Read<List<InterleavedWorkloads.Row>>(folder, "interleaved") ?? [];
        var ratios = new Dictionary<string, List<double>>();
        foreach (var kernel in Workload.Names)
        {
            var p = $"Kernel={kernel}";
            var plain = bdn.Median(nameof(BotWorkloadBenchmarks), nameof(BotWorkloadBenchmarks.Plain), p);
            string Ratio(string method)
            {
                var value = bdn.Median(nameof(BotWorkloadBenchmarks), method, p);
                if (value is null || plain is null) return "—";
                Add(ratios, method, value.Value / plain.Value);
                return $"{value.Value / plain.Value:0.00}× ({Time(value)})";
            }
            var row = interleaved.FirstOrDefault(r => r.Kernel == kernel);
            string Side(string side)
            {
                if (row is null || !row.Sides.TryGetValue(side, out var s)) return "—";
                Add(ratios, "interleaved " + side, s.Ratio);
                return $"{s.Ratio:0.00}× ({Time(s.MedianUs * 1e3)})";
            }
            var py = python.FirstOrDefault(r => r.Kernel == kernel);
            if (py is not null) Add(ratios, "Python", py.PythonMs / py.PlainCSharpMs);
            o.WriteLine($"| {kernel} | {Time(plain)} | {Ratio(nameof(BotWorkloadBenchmarks.RestrictedInProcess))} | {Side(InterleavedWorkloads.InProcess)} | " +
                        $"{Ratio(nameof(BotWorkloadBenchmarks.RestrictedRunner))} | {Side(InterleavedWorkloads.Runner)} | {Ratio(nameof(BotWorkloadBenchmarks.Jint))} | " +
                        (py is null ? "—" : $"{py.PythonMs / py.PlainCSharpMs:0}× ({py.PythonMs:0.0} ms)") + " |");
        }
        double? Geo(string key) => ratios.TryGetValue(key, out var list) && list.Count == Workload.Names.Length
            ? Math.Exp(list.Average(Math.Log)) : null;
        var guardedInProcess = Geo("interleaved " + InterleavedWorkloads.InProcess);
        var guardedBdn = Geo(nameof(BotWorkloadBenchmarks.RestrictedInProcess));
        var jint = Geo(nameof(BotWorkloadBenchmarks.Jint));
        o.WriteLine($"| **geometric mean** | 1 | **{Format(guardedBdn, "0.00")}×** | **{Format(guardedInProcess, "0.00")}×** | " +
                    $"**{Format(Geo(nameof(BotWorkloadBenchmarks.RestrictedRunner)), "0.00")}×** | **{Format(Geo("interleaved " + InterleavedWorkloads.Runner), "0.00")}×** | " +
                    $"**{Format(jint, "0")}×** | **{Format(Geo("Python"), "0")}×** |");
        o.WriteLine();
        o.WriteLine($"¹ {python.FirstOrDefault()?.PythonVersion ?? "CPython"}, out of process, timed by its own harness (warm-up of at least 3 runs and 1 s, then at least 5 runs and 1 s; the median) " +
                    "against plain C# timed by the same protocol in the benchmark process. RestrictedPython is not installable here; " +
                    "plain CPython is its upper bound.");
        o.WriteLine();
        if (interleaved.Count > 0)
        {
            o.WriteLine($"Side by side in detail (interleaved, {interleaved[0].Rounds} rounds; ratio to plain C# in-process by wall clock, by CPU time " +
                        "in brackets: the benchmark process's plus the runner's):");
            o.WriteLine();
            o.WriteLine("| kernel | guarded in-process | plain C# in a runner (no guards) | guarded in a runner | guards in a runner (guarded runner / plain runner) |");
            o.WriteLine("|---|---:|---:|---:|---:|");
            string Pair(InterleavedWorkloads.Side s) => $"{s.Ratio:0.00}× ({s.CpuRatio:0.00}×)";
            foreach (var r in interleaved)
                o.WriteLine($"| {r.Kernel} | {Pair(r.Sides[InterleavedWorkloads.InProcess])} | {Pair(r.Sides[InterleavedWorkloads.PlainRunner])} | " +
                            $"{Pair(r.Sides[InterleavedWorkloads.Runner])} | {Pair(r.GuardsInRunner)} |");
            string GeoPair(Func<InterleavedWorkloads.Row, InterleavedWorkloads.Side> side) =>
                $"**{Math.Exp(interleaved.Average(r => Math.Log(side(r).Ratio))):0.00}×** ({Math.Exp(interleaved.Average(r => Math.Log(side(r).CpuRatio))):0.00}×)";
            o.WriteLine($"| **geometric mean** | {GeoPair(r => r.Sides[InterleavedWorkloads.InProcess])} | {GeoPair(r => r.Sides[InterleavedWorkloads.PlainRunner])} | " +
                        $"{GeoPair(r => r.Sides[InterleavedWorkloads.Runner])} | {GeoPair(r => r.GuardsInRunner)} |");
            o.WriteLine();
        }
        double? guarded = interleaved.Count == Workload.Names.Length ? Math.Exp(interleaved.Average(r => Math.Log(r.GuardsInRunner.Ratio))) : null;
        targets.Add(("guarded C# within 1.15× of plain C# (geometric mean; interleaved, guarded runner against plain runner ²)",
            $"{Format(guarded, "0.00")}× (interleaved in-process: {Format(guardedInProcess, "0.00")}×; BDN in-process: {Format(guardedBdn, "0.00")}×)",
            guarded is null ? null : guarded <= 1.15));
        var jintOverGuarded = jint / guarded;
        targets.Add(("guarded C# at least 10× faster than Jint (geometric mean; Jint by BDN, the guards' cost as above)", $"{Format(jintOverGuarded, "0")}× faster", jintOverGuarded is null ? null : jintOverGuarded >= 10));

        // 2. Validation
        o.WriteLine("### Validation, warm, in-process (ratio to a plain compile of the same source)");
        o.WriteLine();
        o.WriteLine("| lines | plain compile (diagnostics) | + BannedApiAnalyzers | Check (SubmissionValidator) | plain compile + emit | Build (BotBuilder) |");
        o.WriteLine("|---:|---:|---:|---:|---:|---:|");
        var sizes = new[] { 100, 1_000, 10_000 };
        foreach (var size in sizes)
        {
            var p = $"Lines={size}";
            var plain = bdn.Median(nameof(ValidationBenchmarks), nameof(ValidationBenchmarks.PlainCompile), p);
            var emit = bdn.Median(nameof(ValidationBenchmarks), nameof(ValidationBenchmarks.PlainEmit), p);
            string Versus(string method, double? baseline)
            {
                var value = bdn.Median(nameof(ValidationBenchmarks), method, p);
                return value is null || baseline is null ? "—" : $"{Time(value)} ({value.Value / baseline.Value:0.00}×)";
            }
            o.WriteLine($"| {BotSourceGenerator.CountLines(BotSourceGenerator.Generate(size))} | {Time(plain)} | " +
                        $"{Versus(nameof(ValidationBenchmarks.PlainCompileWithBannedApi), plain)} | {Versus(nameof(ValidationBenchmarks.Check), plain)} | " +
                        $"{Time(emit)} | {Versus(nameof(ValidationBenchmarks.Build), emit)} |");
        }
        o.WriteLine();
        var check1000 = bdn.Median(nameof(ValidationBenchmarks), nameof(ValidationBenchmarks.Check), "Lines=1000");
        var plain1000 = bdn.Median(nameof(ValidationBenchmarks), nameof(ValidationBenchmarks.PlainCompile), "Lines=1000");
        targets.Add(("warm validation (Check) of a 1,000-line bot under 100 ms", Time(check1000), check1000 is null ? null : check1000 < 100e6));
        // The target takes the side-by-side ratio, as the workloads' do; BenchmarkDotNet's stays beside it.
        var sideBySide = ResultFiles.Read<List<InterleavedValidation.Row>>(folder, InterleavedValidation.ResultsName) ?? [];
        var interleavedPlain = sideBySide.FirstOrDefault(r => r.Step == InterleavedValidation.PlainStep);
        var interleavedCheck = sideBySide.FirstOrDefault(r => r.Step == "check");
        if (interleavedPlain is not null)
        {
            o.WriteLine($"Side by side ({interleavedPlain.Lines:N0} lines, {interleavedPlain.Rounds} interleaved rounds; ratio to the plain compile of the same round by wall clock, " +
                        "CPU time of the process in brackets, then allocation): " +
                        string.Join("; ", sideBySide.Select(r => r == interleavedPlain
                            ? $"{r.Name} {r.MedianMs:0.0} ms, {r.AllocatedMiB:0.0} MiB"
                            : $"{r.Name} {r.MedianMs:0.0} ms, {r.Ratio:0.00}× ({r.CpuRatio:0.00}×), {r.AllocatedRatio:0.00}× allocated")) + ".");
            o.WriteLine();
        }

        var analyzerBdn = check1000 / plain1000;
        var analyzerCost = interleavedCheck?.Ratio ?? analyzerBdn;
        targets.Add(($"analyzer cost (Check) at most 1.5× a plain compile, 1,000 lines ({(interleavedCheck is null ? "BDN: the side-by-side run is missing" : "interleaved ²")})",
            $"{Format(analyzerCost, "0.00")}× (BDN: {Format(analyzerBdn, "0.00")}×)", analyzerCost is null ? null : analyzerCost <= 1.5));

        ColdCheck.Report(ResultFiles.Read<List<ColdCheck.Row>>(folder, ColdCheck.ResultsName) ?? [], o);
        var checks = sizes.Select(s => bdn.Median(nameof(ValidationBenchmarks), nameof(ValidationBenchmarks.Check), $"Lines={s}")).ToList();
        if (checks.All(c => c is not null))
            o.WriteLine($"Scaling with source size (warm Check): {string.Join(", ", sizes.Zip(checks, (s, c) => $"{c!.Value / 1e6 / s * 1000:0.0} ms per 1,000 lines at {s:N0}"))}.");
        o.WriteLine();

        // 3. Runner
        o.WriteLine("### Runner");
        o.WriteLine();
        o.WriteLine("| what | median |");
        o.WriteLine("|---|---:|");
        const string start = "RunnerStartBenchmarks", roundTrip = "CallRoundTripBenchmarks";
        var warm = bdn.Median(start, "WarmAcquire");
        o.WriteLine($"| cold start to ready | {Time(bdn.Median(start, "ColdStart"))} |");
        o.WriteLine($"| warm-pool acquire | {Time(warm)} |");
        o.WriteLine($"| cold start to loaded bot | {Time(bdn.Median(start, "ColdStartAndLoad"))} |");
        o.WriteLine($"| warm pool to loaded bot | {Time(bdn.Median(start, "WarmAcquireAndLoad"))} |");
        o.WriteLine($"| small call round trip (BenchmarkDotNet) | {Time(bdn.Median(roundTrip, "SmallCall"))} |");
        o.WriteLine($"| ping round trip (BenchmarkDotNet) | {Time(bdn.Median(roundTrip, "Ping"))} |");
        o.WriteLine($"| call carrying a 64×64 grid (BenchmarkDotNet) | {Time(bdn.Median(nameof(GameStateCallBenchmarks), nameof(GameStateCallBenchmarks.GridCall)))} |");
        var latency = Text(folder, "latency.txt");
        var smallMedianUs = MedianOfMatches(SmallCallMedian(), latency);
        foreach (var line in Lines(latency)) o.WriteLine($"| {line.Split(" median")[0].Trim()} round trip, 50,000 calls one by one | median{line.Split(" median", 2).ElementAtOrDefault(1)} |");
        foreach (var line in Lines(Text(folder, "memory.txt"))) o.WriteLine($"| {line.Replace(":", " |", StringComparison.Ordinal)} |");
        o.WriteLine();
        targets.Add(("small-call round trip under 30 µs median (50,000 calls)", smallMedianUs is null ? "—" : $"{smallMedianUs:0.0} µs", smallMedianUs is null ? null : smallMedianUs < 30));
        targets.Add(("warm-pool acquire under 1 ms (median)", Time(warm), warm is null ? null : warm < 1e6));

        // 4. Throughput
        var throughput = ResultFiles.Read<List<ParallelThroughput.Row>>(folder, "throughput") ?? [];
        o.WriteLine($"### Throughput with bots in parallel ({ParallelThroughput.Kernel} in a loop, one runner per bot, {Environment.ProcessorCount} cores)");
        o.WriteLine();
        o.WriteLine("| bots | calls/s | × one bot | median call |");
        o.WriteLine("|---:|---:|---:|---:|");
        var single = throughput.FirstOrDefault()?.CallsPerSecond;
        foreach (var row in throughput) o.WriteLine($"| {row.Bots} | {row.CallsPerSecond:0} | {row.CallsPerSecond / single:0.00} | {row.MedianCallMs:0.00} ms |");
        o.WriteLine();

        o.WriteLine("### Targets");
        o.WriteLine();
        o.WriteLine("| target | measured | met? |");
        o.WriteLine("|---|---:|---|");
        foreach (var (target, measured, met) in targets)
            o.WriteLine($"| {target} | {measured} | {(met switch { true => "**met**", false => "**not met**", null => "not measured" })} |");
        o.WriteLine();
        o.WriteLine("² Measured side by side (batches of both a few milliseconds apart, in one run), the project's standard on this shared " +
                    "machine: BenchmarkDotNet measures the two builds seconds to minutes apart. Of the side-by-side ratios, guarded runner " +
                    "against plain runner has each build alone in its own process, as bots run; the in-process pair shares the framework's " +
                    "generic code and its PGO profile, which favours one build (see \"Where the time goes\").");
        return 0;
    }

    private static void Add(Dictionary<string, List<double>> ratios, string key, double value)
    {
        if (!ratios.TryGetValue(key, out var list)) ratios[key] = list = [];
        list.Add(value);
    }

    private static string Text(string folder, string name) =>
        File.Exists(Path.Combine(folder, name)) ? File.ReadAllText(Path.Combine(folder, name)) : "";

    private static IEnumerable<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // The latency mode prints several rounds ("small call (Add) #2   median …"); the target reads their median.
    private static double? MedianOfMatches(Regex regex, string text)
    {
        var values = regex.Matches(text).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Order().ToList();
        return values.Count == 0 ? null : values[values.Count / 2];
    }

    [GeneratedRegex(@"small call \(Add\)(?: #\d+)?\s+median\s+([0-9.]+) us")]
    private static partial Regex SmallCallMedian();

    private static string Format(double? value, string format) => value is null ? "—" : value.Value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A duration in nanoseconds, in the unit that suits it.</summary>
    private static string Time(double? ns) => ns switch
    {
        null => "—",
        < 1e3 => $"{ns:0.0} ns",
        < 1e6 => $"{ns / 1e3:0.0} µs",
        < 1e9 => $"{ns / 1e6:0.00} ms",
        _ => $"{ns / 1e9:0.00} s",
    };
}
