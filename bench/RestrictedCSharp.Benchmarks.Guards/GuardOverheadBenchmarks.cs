using BenchmarkDotNet.Attributes;
using RestrictedCSharp.Guards;

namespace RestrictedCSharp.Benchmarks.Guards;

/// <summary>
/// One kernel, compiled from the same source as written (the baseline) and with guards; the
/// Ratio column is the guards' slowdown. The budget is effectively unlimited, but every guard,
/// checkpoint and allocation-counter read runs as it does under a real budget.
/// </summary>
[MemoryDiagnoser]
public class GuardOverheadBenchmarks
{
    private Func<long> _unguarded = null!;
    private Func<long> _guarded = null!;

    [ParamsSource(nameof(Kernels))]
    public string Kernel { get; set; } = "";

    public static IEnumerable<string> Kernels => BotKernels.Names;

    [GlobalSetup]
    public void Setup()
    {
        _unguarded = KernelAssemblies.Load(Kernel, guarded: false);
        _guarded = KernelAssemblies.Load(Kernel, guarded: true);
        GuardBudget.Begin(new GuardLimits(long.MaxValue, 100_000, long.MaxValue));
        long expected = _unguarded();
        long actual = _guarded();
        if (expected != actual)
        {
            throw new InvalidOperationException($"{Kernel}: guarded result {actual} differs from unguarded {expected}.");
        }
    }

    [Benchmark(Baseline = true)]
    public long Unguarded() => _unguarded();

    [Benchmark]
    public long Guarded() => _guarded();
}
