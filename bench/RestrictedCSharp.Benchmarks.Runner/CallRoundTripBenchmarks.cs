using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RestrictedCSharp.Hosting;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Benchmarks.Runner;

/// <summary>
/// Round trip of a small call through the whole path (frame, JSON, pipe, bot thread, guards, reflection,
/// result, pipe back), and of a ping (the pipe and the protocol alone), to show where the time goes.
/// </summary>
/// <remarks>A short job, but with ten iterations: three are too few on a shared two-core machine.</remarks>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MedianColumn]
public class CallRoundTripBenchmarks
{
    private readonly JsonElement[] _arguments = [JsonSerializer.SerializeToElement(20), JsonSerializer.SerializeToElement(22)];
    private IBot _bot = null!;
    private RunnerProcess _runner = null!;

    [GlobalSetup]
    public void Start()
    {
        _bot = BotHost.StartAsync(BenchmarkBot.Path, BenchmarkBot.Options).GetAwaiter().GetResult();
        if (!_bot.IsLoaded) throw new InvalidOperationException(_bot.Load.Message);
        _runner = RunnerProcess.StartAsync(new RunnerSettings()).GetAwaiter().GetResult();
    }

    [Benchmark(Description = "small call (Add) round trip")]
    public async Task<CallResult> SmallCall() => await _bot.CallAsync("Add", _arguments);

    [Benchmark(Description = "ping round trip")]
    public async Task<bool> Ping() =>
        (await _runner.ExchangeAsync(new PingRequest(), TimeSpan.FromSeconds(5), 0, CancellationToken.None)).Reply is PongReply;

    [GlobalCleanup]
    public void Stop()
    {
        _bot.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _runner.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
