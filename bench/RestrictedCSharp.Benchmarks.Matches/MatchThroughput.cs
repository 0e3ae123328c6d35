using System.Diagnostics;
using System.Globalization;
using RestrictedCSharp.Compiler;
using RestrictedCSharp.Hosting;
using RestrictedCSharp.Matches;
using RestrictedCSharp.Matches.Bots;
using RestrictedCSharp.Matches.Registry;
using RestrictedCSharp.Matches.Results;

namespace RestrictedCSharp.Benchmarks.Matches;

/// <summary>
/// Plays flood-fill against flood-fill, one match after another (seeds 1..N) on one host with a warm pool,
/// as a game server would, and reports matches per minute and where the time went. A match lasts seconds,
/// which BenchmarkDotNet's many-invocation model does not fit; the figures are plain sums over the run.
/// Time accounting per call: the bot's own time inside its runner (<c>CallResult.WallMs</c>), the rest of
/// the call's round trip (host and protocol: JSON, pipes, the runner's request loop), the engine (views,
/// replies, steps, measured around them) and starting the bots' runners.
/// </summary>
internal static class MatchThroughput
{
    public static async Task<int> RunAsync(int matches, int size)
    {
        var root = FindRoot();
        // The bench plays the registered Light Cycles, as rcsc match does (the repository's rcsc-games.json).
        var game = GameRegistry.Load(Path.Combine(root, GameRegistry.FileName)).Get("lightcycles");
        var rules = RulesFiles.Load(game.RulesPath).Rules!;
        var floodfill = Path.Combine(root, "samples", "LightCycles", "bots", "floodfill");
        var sources = SourceFileReader.ReadAll(Directory.EnumerateFiles(floodfill, "*.cs").Order(StringComparer.Ordinal));
        var builds = await MatchBotBuilder.BuildAllAsync(
            new BotBuilder(rules, [game.ApiAssemblyPath]),
            [new BotSubmission("floodfill", sources), new BotSubmission("floodfill-2", sources)]);
        if (!builds.AllAccepted) throw new InvalidOperationException("the flood-fill sample does not build");

        await using var host = new BotHost(warmRunners: 2);
        var board = new Dictionary<string, string> { ["width"] = $"{size}", ["height"] = $"{size}" };
        var options = (ulong seed) => new GameMatchOptions(seed, board, MatchBudgets.FromRules(rules), rules);

        Console.WriteLine($"load before: {LoadAverage()}");
        await GameMatch.PlayAsync(host, game, builds.Entrants, options(1_000)); // warm-up: JIT, pools
        var results = new List<MatchResult>();
        var wall = Stopwatch.StartNew();
        for (var seed = 1; seed <= matches; seed++)
            results.Add(await GameMatch.PlayAsync(host, game, builds.Entrants, options((ulong)seed)));
        var elapsed = wall.Elapsed;
        Console.WriteLine($"load after:  {LoadAverage()}");

        var inv = CultureInfo.InvariantCulture;
        var turns = results.Sum(r => r.Turns);
        var calls = results.Sum(r => r.Bots.Sum(b => b.Calls));
        var failures = results.Sum(r => r.Events.Count);
        double Sum(Func<MatchTimings, double> f) => results.Sum(r => f(r.Timings));
        var bot = Sum(t => t.BotMs);
        var hostProtocol = Sum(t => t.HostAndProtocolMs);
        var engine = Sum(t => t.EngineMs);
        var start = Sum(t => t.StartMs);
        var accounted = bot + hostProtocol + engine;
        var firstCalls = Sum(t => t.FirstCallMs);
        var firstHostProtocol = Sum(t => Math.Max(0, t.FirstCallMs - t.FirstCallBotMs));
        var laterCalls = calls - 2 * matches;

        Console.WriteLine(string.Create(inv, $"{matches} matches of floodfill vs floodfill on {size}x{size} in {elapsed.TotalSeconds:0.0} s: {matches / elapsed.TotalMinutes:0.0} matches per minute"));
        Console.WriteLine(string.Create(inv, $"turns: {turns} ({(double)turns / matches:0.0} per match), calls: {calls}, failed turns: {failures}, mean wall per turn {(elapsed.TotalMilliseconds - start) / turns:0.00} ms"));
        Console.WriteLine(string.Create(inv, $"starting the runners: {start:0} ms in all ({start / matches:0} ms per match, {100 * start / elapsed.TotalMilliseconds:0.0}% of the wall time)"));
        Console.WriteLine(string.Create(inv, $"per call (summed over both bots' calls, which run in parallel):"));
        Console.WriteLine(string.Create(inv, $"  in the bots:       {bot,10:0} ms  {100 * bot / accounted,5:0.0}%  ({1000 * bot / calls:0} us per call)"));
        Console.WriteLine(string.Create(inv, $"  host and protocol: {hostProtocol,10:0} ms  {100 * hostProtocol / accounted,5:0.0}%  ({1000 * hostProtocol / calls:0} us per call)"));
        Console.WriteLine(string.Create(inv, $"  engine:            {engine,10:0} ms  {100 * engine / accounted,5:0.0}%  ({1000 * engine / turns:0} us per turn)"));
        Console.WriteLine(string.Create(inv, $"each bot's first call (a fresh runner JIT-compiles then): {firstCalls / (2 * matches):0.0} ms round trip, of it host and protocol {firstHostProtocol / (2 * matches):0.0} ms"));
        Console.WriteLine(string.Create(inv, $"later calls: host and protocol {1000 * (hostProtocol - firstHostProtocol) / laterCalls:0} us per call, in the bots {1000 * (bot - (firstCalls - firstHostProtocol)) / laterCalls:0} us per call"));
        return failures == 0 ? 0 : 1;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RestrictedCSharp.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("run the benchmark from inside the repository");
    }
}
