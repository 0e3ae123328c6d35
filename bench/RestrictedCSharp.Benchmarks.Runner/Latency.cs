using System.Diagnostics;
using System.Text.Json;
using RestrictedCSharp.Hosting;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Benchmarks.Runner;

/// <summary>
/// Latency distribution of many round trips, one at a time (median and tail, which a mean hides):
/// a small call through the whole path, and a ping (pipe and protocol only), in alternating rounds.
/// </summary>
/// <remarks>
/// Both paths are warmed up for a fixed time as well as a count: on a loaded machine the JIT's background
/// tier-up of host and runner code can take seconds, and a count alone measured the call (which went
/// first) half at tier 0.
/// </remarks>
internal static class Latency
{
    private const int WarmupRoundTrips = 20_000;
    private const int MeasuredRoundTrips = 50_000;
    private const int Rounds = 3;
    private static readonly TimeSpan WarmupTime = TimeSpan.FromSeconds(3);

    public static async Task<int> RunAsync()
    {
        await using var bot = await BotHost.StartAsync(BenchmarkBot.Path, BenchmarkBot.Options);
        await using var runner = await RunnerProcess.StartAsync(new RunnerSettings());
        JsonElement[] arguments = [JsonSerializer.SerializeToElement(20), JsonSerializer.SerializeToElement(22)];
        Func<Task<CallResult>> call = () => bot.CallAsync("Add", arguments);
        Func<Task<Exchange>> ping = () => runner.ExchangeAsync(new PingRequest(), TimeSpan.FromSeconds(5), 0, CancellationToken.None);

        await WarmUpAsync(call);
        await WarmUpAsync(ping);
        for (var round = 1; round <= Rounds; round++)
        {
            Report($"small call (Add) #{round}", await MeasureAsync(call));
            Report($"ping #{round}", await MeasureAsync(ping));
        }
        return 0;
    }

    private static async Task WarmUpAsync<T>(Func<Task<T>> roundTrip)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < WarmupRoundTrips || clock.Elapsed < WarmupTime; i++) await roundTrip();
    }

    private static async Task<double[]> MeasureAsync<T>(Func<Task<T>> roundTrip)
    {
        var samples = new double[MeasuredRoundTrips];
        for (var i = 0; i < samples.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await roundTrip();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }
        Array.Sort(samples);
        return samples;
    }

    private static void Report(string what, double[] sorted) =>
        Console.WriteLine($"{what,-21} median {sorted[sorted.Length / 2],6:0.0} us   p90 {sorted[sorted.Length * 9 / 10],6:0.0} us   p99 {sorted[sorted.Length * 99 / 100],7:0.0} us   ({sorted.Length} round trips)");
}
