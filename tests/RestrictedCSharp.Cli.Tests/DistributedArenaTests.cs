using System.Collections.Immutable;
using Microsoft.Data.Sqlite;
using RabbitMQ.Client;
using RestrictedCSharp.Arena.Tests.Services;
using RestrictedCSharp.Arena.Workers;
using RestrictedCSharp.Artifacts;

namespace RestrictedCSharp.Cli.Tests;

/// <summary>
/// The arena scaled out, on the real processes: <c>rcsc serve --broker</c> with no match slots of its own, and
/// <c>rcsc worker</c> processes that have no database, only the broker and the server's artifact endpoint. Every
/// match is played once and counted once, whatever happens to a worker; a worker's damaged cache is detected and
/// fetched again; an order no worker can carry out ends dead-lettered, with its match failed for the reason.
/// </summary>
/// <remarks>Bounded: every wait has a timeout long enough for a machine busy with other builds. Needs RabbitMQ (skipped without it, except in CI).</remarks>
[Collection(ServeProcess.Collection)]
public sealed class DistributedArenaTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(240);

    private readonly TempFolder _folder = new();
    private readonly List<IAsyncDisposable> _processes = [];
    private string _data = null!;
    private string _broker = null!;
    private string _prefix = null!;
    private string _token = null!;
    private ServeProcess _serve = null!;

    private static string Bots => Path.Combine(MatchSamples.Root, "samples", "LightCycles", "bots");

    /// <summary>An arena with an author, a worker key and <c>rcsc serve --broker</c>, judging itself but playing nothing itself.</summary>
    private async Task StartServerAsync(int judgeSlots = 1)
    {
        var rabbitMq = await ArenaBackends.RabbitMqAsync();
        _broker = rabbitMq.Url;
        _prefix = $"w{Guid.NewGuid():N}"[..16];
        _data = _folder.Combine("arena");
        var author = await Rcsc.RunAsync("authors", "add", "alice", "--data", _data);
        author.ExitCode.Should().Be(0, author.ToString());
        _token = author.Stdout.Trim();
        WorkerKey.Create(_data);
        _serve = await ServeProcess.StartAsync(_data,
            "--broker", _broker, "--queue-prefix", _prefix, "--workers", "0", "--judge-slots", judgeSlots.ToString(System.Globalization.CultureInfo.InvariantCulture), "--game", "lightcycles", "--judge-deadline", "120");
        _processes.Add(_serve);
    }

    private async Task<RcscDaemon> StartWorkerAsync(string name, string? cache = null, bool judges = false)
    {
        var worker = await WorkerProcess.StartAsync(name,
            "--broker", _broker, "--queue-prefix", _prefix, "--server", _serve.Address.ToString(), "--key-file", WorkerKey.PathIn(_data),
            "--slots", "1", "--cache", cache ?? CacheOf(name), "--game", "lightcycles", "--drain", "60",
            "--judge-slots", judges ? "1" : "0", "--judge-deadline", "120");
        _processes.Add(worker);
        return worker;
    }

    private string CacheOf(string worker) => _folder.Combine("cache-" + worker);

    private async Task SubmitAsync(params string[] bots)
    {
        foreach (var bot in bots) await _serve.SubmitAsync(_token, bot, "lightcycles", ServeProcess.FilesOf(Path.Combine(Bots, bot)));
    }

    private async Task WaitForAsync(Func<Counts, bool> condition, string what)
    {
        (await ServeProcess.WaitUntilAsync(() => Task.FromResult(condition(Counts.Read(_data))), Patience, TimeSpan.FromSeconds(1)))
            .Should().BeTrue($"{what}\n{Counts.Read(_data)}\n{_serve.Output}");
    }

    [SkippableFact]
    public async Task Two_workers_judge_and_play_the_ladder_and_every_match_is_counted_once()
    {
        // The server neither judges nor plays: a worker judges (the server keeps the build it sends once its hash checks).
        await StartServerAsync(judgeSlots: 0);
        var first = await StartWorkerAsync("one", judges: true);
        var second = await StartWorkerAsync("two");
        await SubmitAsync("floodfill", "wallfollower");
        await WaitForAsync(c => c.FinishedRated >= 6, "the placement matches and the ladder's first ones are played");

        (await first.StopAsync()).Should().Be(0, first.Output);
        (await second.StopAsync()).Should().Be(0, second.Output);
        var counts = Counts.Read(_data);
        counts.Bots.Should().OnlyContain(b => b.Played == b.FinishedRated && b.Played == b.Wins + b.Losses + b.Draws,
            "each finished rated match is counted once, in both seats: " + counts);
        counts.FinishedWithJobNotDone.Should().Be(0, "each finished match's job is done");
        foreach (var worker in new[] { "one", "two" })
            Directory.EnumerateFiles(CacheOf(worker), "*.dll", SearchOption.AllDirectories).Should().NotBeEmpty($"worker {worker} played (and fetched the bots it played)");
        (await _serve.StopAsync()).Should().Be(0, _serve.Output);
    }

    [SkippableFact]
    public async Task A_worker_killed_mid_match_leaves_its_match_to_another_and_nothing_is_counted_twice()
    {
        await StartServerAsync();
        var doomed = await StartWorkerAsync("doomed");
        var survivor = await StartWorkerAsync("survivor");
        await SubmitAsync("floodfill", "wallfollower");
        await WaitForAsync(c => c.FinishedRated >= 2 && c.Unfinished.Count >= 2, "matches are played while others wait");

        // One slot each and more matches waiting than slots: the worker holds an order it is playing when it dies.
        var unfinished = Counts.Read(_data).Unfinished;
        var children = ProcessTree.Descendants(doomed.Id);
        await doomed.KillAsync();
        await WaitForAsync(c => unfinished.All(c.Finished.Contains), $"every match that waited or played when the worker died ({string.Join(", ", unfinished)}) is finished");

        var counts = Counts.Read(_data);
        counts.Bots.Should().OnlyContain(b => b.Played == b.FinishedRated, "each finished rated match is counted once: " + counts);
        (await ServeProcess.WaitUntilAsync(() => Task.FromResult(!children.Any(ProcessTree.IsAlive)), TimeSpan.FromSeconds(10)))
            .Should().BeTrue("a killed worker's runners end with it");
        (await survivor.StopAsync()).Should().Be(0, survivor.Output);
        (await _serve.StopAsync()).Should().Be(0, _serve.Output);
    }

    [SkippableFact]
    public async Task A_damaged_cache_is_detected_and_fetched_again()
    {
        await StartServerAsync();
        var worker = await StartWorkerAsync("cached");
        await SubmitAsync("floodfill", "wallfollower");
        await WaitForAsync(c => c.FinishedRated >= 1, "a match is played");
        (await worker.StopAsync()).Should().Be(0, worker.Output);

        var cached = Directory.GetFiles(CacheOf("cached"), "*.dll", SearchOption.AllDirectories);
        cached.Should().HaveCount(2, "both bots were fetched");
        foreach (var file in cached)
        {
            var bytes = File.ReadAllBytes(file);
            bytes[^1] ^= 0xFF;
            File.WriteAllBytes(file, bytes);
        }
        var played = Counts.Read(_data).FinishedRated;
        var again = await StartWorkerAsync("cached");
        await WaitForAsync(c => c.FinishedRated >= played + 2, "matches are played again with the damaged cache");
        (await again.StopAsync()).Should().Be(0, again.Output);
        again.Output.Should().Contain("is damaged", "the mismatch was detected");
        foreach (var file in cached)
            BotArtifact.Read(file).Manifest.ContentHash.Should().Be(Path.GetFileNameWithoutExtension(file), "the copy was fetched again");
        Counts.Read(_data).Bots.Should().OnlyContain(b => b.Played == b.FinishedRated);
    }

    [SkippableFact]
    public async Task An_order_no_worker_can_carry_out_is_dead_lettered_and_its_match_failed_with_the_reason()
    {
        await StartServerAsync();
        var ids = new List<long>();
        foreach (var bot in new[] { "floodfill", "wallfollower" })
            ids.Add(await _serve.SubmitAsync(_token, bot, "lightcycles", ServeProcess.FilesOf(Path.Combine(Bots, bot))));
        foreach (var id in ids)
            (await _serve.JudgedAsync(id, _token, Patience))?["status"]?.GetValue<string>().Should().Be("accepted");
        // The server has lost the builds: every order names a hash it does not have.
        Directory.Delete(Path.Combine(_data, "bots"), recursive: true);

        var worker = await StartWorkerAsync("unlucky");
        await WaitForAsync(c => c.PlacementFailed >= 4, "the placement matches fail");
        var failures = Counts.Strings(_data, "SELECT Failure FROM matches WHERE Kind = 'placement'");
        failures.Should().HaveCount(4).And.OnlyContain(f => f.Contains("the server has no artifact"), "the reason is the worker's");
        var jobs = Counts.Strings(_data,
            "SELECT j.State || ' ' || j.Attempts || ' ' || j.LastError FROM jobs j JOIN matches m ON m.Id = j.Payload WHERE j.Kind = 'match' AND m.Kind = 'placement'");
        jobs.Should().OnlyContain(j => j.StartsWith("failed 3 ") && j.Contains("the server has no artifact"), "each was tried three times, then dead-lettered");
        Counts.Read(_data).Bots.Should().OnlyContain(b => b.Played == 0);
        (await worker.StopAsync()).Should().Be(0, worker.Output);
        worker.Output.Should().Contain("attempt 3");

        await using var connection = await new ConnectionFactory { Uri = new Uri(_broker) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        (await channel.MessageCountAsync($"{_prefix}.dead")).Should().Be(0u, "the server took the dead letters into the jobs table");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in Enumerable.Reverse(_processes)) await process.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>The arena's database as one read transaction sees it.</summary>
    private sealed record Counts(
        int FinishedRated, int PlacementFailed, int FinishedWithJobNotDone, IReadOnlyList<long> Unfinished, IReadOnlySet<long> Finished, IReadOnlyList<BotCount> Bots)
    {
        public override string ToString() =>
            $"finished rated {FinishedRated}; placement failed {PlacementFailed}; unfinished [{string.Join(", ", Unfinished)}]; {string.Join("; ", Bots)}";

        public static Counts Read(string data)
        {
            var path = Path.Combine(data, "arena.db");
            if (!File.Exists(path)) return new Counts(0, 0, 0, [], new HashSet<long>(), []);
            using var connection = ArenaDataFolder.Open(data);
            using var transaction = connection.BeginTransaction();
            var bots = ArenaDataFolder.BotCounts(connection, transaction);
            return new Counts(
                (int)ArenaDataFolder.Longs(connection, transaction, "SELECT COUNT(*) FROM matches WHERE Status = 'finished' AND Kind IN ('placement', 'ladder')")[0],
                (int)ArenaDataFolder.Longs(connection, transaction, "SELECT COUNT(*) FROM matches WHERE Status = 'failed' AND Kind = 'placement'")[0],
                (int)ArenaDataFolder.Longs(connection, transaction,
                    "SELECT COUNT(*) FROM jobs j JOIN matches m ON m.Id = j.Payload WHERE j.Kind = 'match' AND m.Status = 'finished' AND j.State <> 'done'")[0],
                ArenaDataFolder.Longs(connection, transaction, "SELECT Id FROM matches WHERE Status IN ('queued', 'running') ORDER BY Id"),
                ArenaDataFolder.Longs(connection, transaction, "SELECT Id FROM matches WHERE Status = 'finished'").ToHashSet(),
                bots);
        }

        public static List<string> Strings(string data, string sql)
        {
            using var connection = ArenaDataFolder.Open(data);
            return ArenaDataFolder.Strings(connection, null, sql);
        }
    }
}
