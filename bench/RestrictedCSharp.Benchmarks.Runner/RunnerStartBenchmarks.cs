using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using RestrictedCSharp.Hosting;

namespace RestrictedCSharp.Benchmarks.Runner;

/// <summary>
/// Time from asking for a runner to holding one that is locked down and ready: started cold (process
/// start, lockdown, re-exec, ready), or taken from a warm pool. And the same up to a loaded bot.
/// One operation per iteration; the runner is disposed outside the measurement.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 15, invocationCount: 1)]
[MedianColumn]
public class RunnerStartBenchmarks
{
    private readonly RunnerSettings _settings = new();
    private readonly BotHostOptions _options = BenchmarkBot.Options;
    private BotHost? _host;
    private RunnerPool? _pool;
    private RunnerProcess? _runner;
    private IBot? _bot;

    [GlobalSetup(Targets = [nameof(WarmAcquire), nameof(WarmAcquireAndLoad)])]
    public void CreatePool()
    {
        _ = BenchmarkBot.Path;
        _host = new BotHost(warmRunners: 1);
        _pool = _host.PoolFor(_options.RunnerSettings);
    }

    [IterationSetup(Targets = [nameof(WarmAcquire), nameof(WarmAcquireAndLoad)])]
    public void WaitUntilWarm()
    {
        if (!_pool!.WaitUntilWarmAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult())
            throw new InvalidOperationException("The pool did not warm up.", _pool.LastStartFailure);
        // Let the refill's process settle so it does not compete with the measurement.
        Thread.Sleep(200);
    }

    [IterationSetup(Target = nameof(ColdStartAndLoad))]
    public void CompileBot() => _ = BenchmarkBot.Path;

    [Benchmark(Description = "cold start to ready")]
    public async Task ColdStart() => _runner = await RunnerProcess.StartAsync(_settings);

    [Benchmark(Description = "warm pool acquire")]
    public async Task WarmAcquire() => _runner = await _pool!.AcquireAsync();

    [Benchmark(Description = "cold start to loaded bot")]
    public async Task ColdStartAndLoad() => _bot = await BotHost.StartAsync(BenchmarkBot.Path, _options);

    [Benchmark(Description = "warm pool to loaded bot")]
    public async Task WarmAcquireAndLoad() => _bot = await _host!.StartBotAsync(BenchmarkBot.Path, _options);

    [IterationCleanup]
    public void Release()
    {
        _runner?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _bot?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _runner = null;
        _bot = null;
    }

    [GlobalCleanup]
    public void DisposeHost()
    {
        if (_pool is not null)
            Console.WriteLine($"// pool: {_pool.WarmAcquires} warm acquires, {_pool.ColdStarts} cold starts");
        _host?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
