using RestrictedCSharp.Hosting;

namespace RestrictedCSharp.Benchmarks.Runner;

/// <summary>
/// Resident set of idle runners (a measurement, not a timing): ready and waiting in a pool, and with the
/// small bot loaded and called once. Also checks that bots started from a warm pool, one after another
/// with time for the refill, never had to start a process.
/// </summary>
internal static class IdleMemory
{
    public static async Task<int> RunAsync()
    {
        const int samples = 5;
        var ready = new List<double>();
        var loaded = new List<double>();
        for (var i = 0; i < samples; i++)
        {
            await using var runner = await RunnerProcess.StartAsync(new RunnerSettings());
            await Task.Delay(500);
            ready.Add(Mib(runner.ResidentBytes));
        }
        for (var i = 0; i < samples; i++)
        {
            await using var bot = await BotHost.StartAsync(BenchmarkBot.Path, BenchmarkBot.Options);
            await bot.CallAsync("Add", [System.Text.Json.JsonSerializer.SerializeToElement(1), System.Text.Json.JsonSerializer.SerializeToElement(2)]);
            await Task.Delay(500);
            loaded.Add(Mib(ProcessResident(bot)));
        }
        Console.WriteLine($"idle runner RSS, ready (MiB):       median {Median(ready):0.0}  [{string.Join(", ", ready.Select(v => v.ToString("0.0")))}]");
        Console.WriteLine($"idle runner RSS, bot loaded (MiB):  median {Median(loaded):0.0}  [{string.Join(", ", loaded.Select(v => v.ToString("0.0")))}]");

        await using var host = new BotHost(warmRunners: 2);
        var pool = host.PoolFor(BenchmarkBot.Options.RunnerSettings);
        await pool.WaitUntilWarmAsync(TimeSpan.FromSeconds(60));
        var times = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await using (var bot = await host.StartBotAsync(BenchmarkBot.Path, BenchmarkBot.Options))
                times.Add(clock.Elapsed.TotalMilliseconds);
            await pool.WaitUntilWarmAsync(TimeSpan.FromSeconds(60));
        }
        var audit = System.Diagnostics.Stopwatch.StartNew();
        var policy = new RestrictedCSharp.Audit.AuditPolicy(RestrictedCSharp.Rules.RuleSetLoader.Preset("bots"));
        for (var i = 0; i < 10; i++) RestrictedCSharp.Audit.AssemblyAuditor.Audit(BenchmarkBot.Path, policy);
        Console.WriteLine($"audit (host side, warm): {audit.Elapsed.TotalMilliseconds / 10:0.0} ms per bot");
        Console.WriteLine($"warm pool, 10 bots one after another: {pool.WarmAcquires} warm acquires, {pool.ColdStarts} cold starts; " +
                          $"request to loaded bot median {Median(times):0.0} ms");
        return 0;
    }

    private static long? ProcessResident(IBot bot) =>
        bot.ProcessId is { } pid ? long.Parse(File.ReadAllText($"/proc/{pid}/statm").Split(' ')[1]) * Environment.SystemPageSize : null;

    private static double Mib(long? bytes) => (bytes ?? 0) / (1024.0 * 1024);

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
