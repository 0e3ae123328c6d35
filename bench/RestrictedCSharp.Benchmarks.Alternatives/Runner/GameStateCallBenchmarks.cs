using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RestrictedCSharp.Hosting;
using RestrictedCSharp.Protocol;
using RestrictedCSharp.Benchmarks.Runner;

namespace RestrictedCSharp.Benchmarks.Alternatives.Runner;

/// <summary>
/// A call that carries what a game sends each turn, a 64×64 grid of cells (about 8 KB of JSON), next to
/// the small call (two ints) as the baseline: the difference is the state's encoding, transfer and binding.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MedianColumn]
public class GameStateCallBenchmarks
{
    public const int Size = 64;

    private readonly JsonElement[] _small = [JsonSerializer.SerializeToElement(20), JsonSerializer.SerializeToElement(22)];
    private JsonElement[] _grid = null!;
    private long _expectedScore;
    private IBot _bot = null!;

    [GlobalSetup]
    public void Start()
    {
        var cells = Enumerable.Range(0, Size).Select(y => Enumerable.Range(0, Size).Select(x => (x * 7 + y * 13) % 10).ToArray()).ToArray();
        _expectedScore = cells.SelectMany((row, y) => row.Select((c, x) => (long)c * (x + y))).Sum();
        _grid = [JsonSerializer.SerializeToElement(cells)];
        _bot = BotHost.StartAsync(BenchmarkBot.Path, BenchmarkBot.Options).GetAwaiter().GetResult();
        if (!_bot.IsLoaded) throw new InvalidOperationException(_bot.Load.Message);
        var score = GridCall().GetAwaiter().GetResult();
        if (!score.IsOk || score.Value!.Value.GetInt64() != _expectedScore)
            throw new InvalidOperationException($"Score: {score.Outcome} {score.Value} {score.Message}, expected {_expectedScore}.");
    }

    [Benchmark(Baseline = true, Description = "small call (Add)")]
    public Task<CallResult> SmallCall() => _bot.CallAsync("Add", _small);

    [Benchmark(Description = "call with a 64x64 grid (Score)")]
    public Task<CallResult> GridCall() => _bot.CallAsync("Score", _grid);

    [GlobalCleanup]
    public void Stop() => _bot.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
