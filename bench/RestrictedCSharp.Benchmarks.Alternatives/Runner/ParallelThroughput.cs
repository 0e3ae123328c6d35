using System.Diagnostics;
using RestrictedCSharp.Benchmarks.Alternatives.Report;
using RestrictedCSharp.Benchmarks.Alternatives.Workloads;
using RestrictedCSharp.Hosting;

namespace RestrictedCSharp.Benchmarks.Alternatives.Runner;

/// <summary>
/// Throughput with 1, 2, 4 and 8 bots running at once, each in its own runner and calling a CPU-bound
/// kernel in a loop for a fixed time: how far a host's two cores carry many bots.
/// </summary>
internal static class ParallelThroughput
{
    public const string Kernel = "FloodFill";
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(4);

    public sealed record Row(int Bots, int Calls, double Seconds, double CallsPerSecond, double MedianCallMs);

    public static async Task<int> RunAsync(string resultsFolder)
    {
        var path = WorkloadAssemblies.RestrictedBotPath();
        var expected = WorkloadAssemblies.Plain(Kernel)();
        var rows = new List<Row>();
        foreach (var count in new[] { 1, 2, 4, 8 })
        {
            var bots = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => BotHost.StartAsync(path, BotWorkloadBenchmarks.KernelBotOptions)));
            try
            {
                foreach (var bot in bots)
                    for (var i = 0; i < 20; i++) await CallAsync(bot, expected); // tier up the kernel in every runner
                var clock = Stopwatch.StartNew();
                var perBot = await Task.WhenAll(bots.Select(bot => Task.Run(() => LoopAsync(bot, expected, clock))));
                var seconds = clock.Elapsed.TotalSeconds;
                var all = perBot.SelectMany(t => t).Order().ToList();
                rows.Add(new Row(count, all.Count, seconds, all.Count / seconds, all[all.Count / 2]));
                Console.WriteLine($"{count} bot(s): {all.Count} calls in {seconds:0.00} s = {all.Count / seconds:0} calls/s, median call {all[all.Count / 2]:0.00} ms");
            }
            finally
            {
                foreach (var bot in bots) await bot.DisposeAsync();
            }
        }
        ResultFiles.Write(resultsFolder, "throughput", rows);
        return 0;
    }

    private static async Task<List<double>> LoopAsync(IBot bot, long expected, Stopwatch clock)
    {
        var times = new List<double>();
        while (clock.Elapsed < Duration)
        {
            var start = Stopwatch.GetTimestamp();
            await CallAsync(bot, expected);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return times;
    }

    private static async Task CallAsync(IBot bot, long expected)
    {
        var result = await bot.CallAsync(Kernel, []);
        if (!result.IsOk || result.Value!.Value.GetInt64() != expected)
            throw new InvalidOperationException($"{Kernel} in a runner: {result.Outcome} {result.Message}");
    }
}
