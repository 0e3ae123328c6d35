using BenchmarkDotNet.Attributes;
using RestrictedCSharp.Benchmarks.Alternatives.Workloads;
using RestrictedCSharp.Guards;
using RestrictedCSharp.Hosting;

namespace RestrictedCSharp.Benchmarks.Alternatives;

/// <summary>
/// One bot kernel four ways, side by side in one run: plain C# (the baseline), the same source through
/// RestrictedCSharp in-process (guarded, compiled and audited by <c>BotBuilder</c>) and through a real
/// runner process (<c>BotHost</c>: protocol, pipe and sandbox included), and JavaScript in Jint with
/// its limits on. Setup checks that every one computes plain C#'s checksum.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
[MedianColumn]
public class BotWorkloadBenchmarks
{
    private Func<long> _plain = null!;
    private Func<long> _restricted = null!;
    private Func<long> _jint = null!;
    private IBot? _bot;
    private long _expected;

    [ParamsSource(nameof(Kernels))]
    public string Kernel { get; set; } = "";

    public static IEnumerable<string> Kernels => Workload.Names;

    [GlobalSetup]
    public void Setup()
    {
        _plain = WorkloadAssemblies.Plain(Kernel);
        _expected = _plain();
    }

    [GlobalSetup(Target = nameof(RestrictedInProcess))]
    public void SetupRestricted()
    {
        Setup();
        _restricted = WorkloadAssemblies.Restricted(Kernel);
        // The budget is effectively unlimited, but every guard runs as it does under a real one.
        GuardBudget.Begin(new GuardLimits(long.MaxValue, 100_000, long.MaxValue));
        Expect(_restricted(), "RestrictedCSharp in-process");
    }

    [GlobalSetup(Target = nameof(RestrictedRunner))]
    public void SetupRunner()
    {
        Setup();
        _bot = BotHost.StartAsync(WorkloadAssemblies.RestrictedBotPath(), KernelBotOptions).GetAwaiter().GetResult();
        if (!_bot.IsLoaded) throw new InvalidOperationException($"The kernel bot did not load: {_bot.Load.Message}");
        Expect(RestrictedRunner(), "RestrictedCSharp runner");
    }

    [GlobalSetup(Target = nameof(Jint))]
    public void SetupJint()
    {
        Setup();
        _jint = new JintKernels().Kernel(Kernel);
        Expect(_jint(), "Jint");
    }

    [Benchmark(Baseline = true, Description = "plain C#")]
    public long Plain() => _plain();

    [Benchmark(Description = "RestrictedCSharp in-process")]
    public long RestrictedInProcess() => _restricted();

    [Benchmark(Description = "RestrictedCSharp runner")]
    public long RestrictedRunner()
    {
        var result = _bot!.CallAsync(Kernel, []).GetAwaiter().GetResult();
        if (!result.IsOk) throw new InvalidOperationException($"{Kernel} in the runner: {result.Outcome} {result.Message}");
        return result.Value!.Value.GetInt64();
    }

    [Benchmark(Description = "Jint")]
    public long Jint() => _jint();

    [GlobalCleanup]
    public void Cleanup() => _bot?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Budgets high enough for every kernel; a trip would fail the setup's check.</summary>
    internal static BotHostOptions KernelBotOptions { get; } = new()
    {
        EntryTypeName = Workload.EntryClass,
        Ticks = 10_000_000_000,
        AllocatedBytes = 4L * 1024 * 1024 * 1024,
        TimeoutMs = 30_000,
        AuditRules = RestrictedCSharp.Rules.RuleSetLoader.Preset(RestrictedCSharp.Rules.Presets.Bots),
    };

    private void Expect(long actual, string what)
    {
        if (actual != _expected)
            throw new InvalidOperationException($"{Kernel}: {what} computed {actual}, plain C# {_expected}.");
    }
}
