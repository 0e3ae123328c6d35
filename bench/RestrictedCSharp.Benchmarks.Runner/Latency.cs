using System.Diagnostics;
using System.Text.Json;
using RestrictedCSharp.Hosting;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Benchmarks.Runner;

/// <summary>
/// Latency distribution of many round trips, one at a time (median and tail, which a mean hides):
/// a small call through the whole path, and a ping (pipe and protocol only).
/// </summary>
internal static class Latency
{
    public static async Task<int> RunAsync()
    {
        const int warmup = 20_000, measured = 50_000;
        await using var bot = await BotHost.StartAsync(BenchmarkBot.Path);
        await using var runner = await RunnerProcess.StartAsync(new RunnerSettings());
        JsonElement[] arguments = [JsonSerializer.SerializeToElement(20), JsonSerializer.SerializeToElement(22)];

        Report("small call (Add)", await MeasureAsync(warmup, measured, () => bot.CallAsync("Add", arguments)));
        Report("ping", await MeasureAsync(warmup, measured,
            () => runner.ExchangeAsync(new PingRequest(), TimeSpan.FromSeconds(5), 0, CancellationToken.None)));
        return 0;
    }

    private static async Task<double[]> MeasureAsync<T>(int warmup, int measured, Func<Task<T>> roundTrip)
    {
        for (var i = 0; i < warmup; i++) await roundTrip();
        var samples = new double[measured];
        for (var i = 0; i < measured; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await roundTrip();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }
        Array.Sort(samples);
        return samples;
    }

    private static void Report(string what, double[] sorted) =>
        Console.WriteLine($"{what,-18} median {sorted[sorted.Length / 2],6:0.0} us   p90 {sorted[sorted.Length * 9 / 10],6:0.0} us   p99 {sorted[sorted.Length * 99 / 100],7:0.0} us   ({sorted.Length} round trips)");
}
