using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using RestrictedCSharp.Benchmarks.Alternatives;
using RestrictedCSharp.Benchmarks.Alternatives.Report;
using RestrictedCSharp.Benchmarks.Alternatives.Runner;
using RestrictedCSharp.Benchmarks.Alternatives.Validation;
using RestrictedCSharp.Benchmarks.Alternatives.Workloads;

// bench/run-alternatives.sh runs every part and the report; each part can also run alone.
return args switch
{
    ["interleaved", var results] => await InterleavedWorkloads.RunAsync(results, quick: false),
    ["interleaved", var results, "--quick"] => await InterleavedWorkloads.RunAsync(results, quick: true),
    ["python", var results] => PythonComparison.Run(results),
    ["cold-check", var results, .. var rest] => ColdCheck.Main(results, rest),
    ["cold-report", var results] => ColdReport(results),
    ["throughput", var results] => await ParallelThroughput.RunAsync(results),
    ["latency"] => await RestrictedCSharp.Benchmarks.Runner.Latency.RunAsync(),
    ["memory"] => await RestrictedCSharp.Benchmarks.Runner.IdleMemory.RunAsync(),
    ["report", var results] => ResultsReport.Write(results, Console.Out),
    ["generate", var lines] => Generate(int.Parse(lines)),
    ["generate", var lines, "--lightcycles"] => GenerateLightCycles(int.Parse(lines)),
    ["validation-interleaved", var lines, var rounds, .. var rest] when int.TryParse(lines, out var l) && l > 0 && int.TryParse(rounds, out var r) && r > 0 =>
        rest is [.. var steps, "--results", var results] ? ValidateInterleaved(l, r, steps, results) : ValidateInterleaved(l, r, rest, resultsFolder: null),
    ["validation-interleaved", ..] => Usage("validation-interleaved LINES ROUNDS [" + string.Join("|", InterleavedValidation.StepNames) + "]... [--results RESULTS_DIR]"),
    _ => RunBenchmarkDotNet(args),
};

static int Usage(string usage)
{
    Console.Error.WriteLine("usage: " + usage);
    return 2;
}

static int ValidateInterleaved(int lines, int rounds, string[] steps, string? resultsFolder)
    => InterleavedValidation.Run(lines, rounds, steps.Length > 0 ? steps : ["banned", "check"], resultsFolder);

static int ColdReport(string results)
{
    ColdCheck.Report(ResultFiles.Read<List<ColdCheck.Row>>(results, ColdCheck.ResultsName) ?? [], Console.Out);
    return 0;
}

static int Generate(int lines)
{
    Console.Write(BotSourceGenerator.Generate(lines));
    return 0;
}

static int GenerateLightCycles(int lines)
{
    Console.Write(BotSourceGenerator.GenerateLightCycles(lines));
    return 0;
}

// In-process: the generated project would rebuild every referenced project for each run, which takes
// minutes on a busy two-core machine; the runner benchmarks start their own processes anyway.
// `--quick` runs each benchmark once, to check that the suite works.
static int RunBenchmarkDotNet(string[] args)
{
    // The default in-process timeout (5 min per benchmark) is too short for the 10,000-line build under load.
    var toolchain = new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true);
    var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(toolchain).AsMutator());
    if (args.Contains("--quick")) config = config.AddJob(Job.Dry.AsMutator());
    BenchmarkSwitcher.FromAssembly(typeof(BotWorkloadBenchmarks).Assembly).Run(args.Where(a => a != "--quick").ToArray(), config);
    return 0;
}
