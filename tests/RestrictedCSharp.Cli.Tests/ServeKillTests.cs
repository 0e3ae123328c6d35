using Microsoft.Data.Sqlite;

namespace RestrictedCSharp.Cli.Tests;

/// <summary>
/// The arena's promise about crashes, on the real process: <c>rcsc serve</c> killed with SIGKILL while ladder matches
/// play and submissions wait, then started again on the same data. Nothing is lost (every submission is judged,
/// every match that waited or played finishes), nothing is counted twice (each bot's played count is the number
/// of its finished rated matches), and the dead server's runners and compile workers do not outlive it.
/// </summary>
/// <remarks>
/// Bounded: about two minutes on a quiet machine; every wait has a timeout, long enough for a machine busy with other
/// builds (where a judgement can pass the default 30 s deadline, hence <c>--judge-deadline 120</c>).
/// </remarks>
[Collection(ServeProcess.Collection)]
public sealed class ServeKillTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);

    private static readonly string[] Serve = ["--workers", "2", "--game", "lightcycles", "--judge-deadline", "120"];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_server_killed_mid_ladder_resumes_every_job_and_counts_every_match_once()
    {
        var data = _folder.Combine("arena");
        var author = await Rcsc.RunProcessAsync("authors", "add", "alice", "--data", data);
        author.ExitCode.Should().Be(0, author.ToString());
        var token = author.Stdout.Trim();
        var bots = Path.Combine(MatchSamples.Root, "samples", "LightCycles", "bots");
        var submissions = new List<long>();

        var first = await ServeProcess.StartAsync(data, Serve);
        IReadOnlyList<int> children;
        Snapshot before;
        await using (first)
        {
            submissions.Add(await first.SubmitAsync(token, "flood", "lightcycles", ServeProcess.FilesOf(Path.Combine(bots, "floodfill"))));
            submissions.Add(await first.SubmitAsync(token, "walls", "lightcycles", ServeProcess.FilesOf(Path.Combine(bots, "wallfollower"))));
            (await ServeProcess.WaitUntilAsync(async () => Read(data) is { RunningMatches: > 0, QueuedMatches: > 0 }, Patience))
                .Should().BeTrue($"both bots are accepted and their placement matches play and wait\n{Read(data)}\n{first.Output}");

            // Two more while the ladder plays: one is being judged, the other waits, when the server dies.
            submissions.Add(await first.SubmitAsync(token, "random", "lightcycles", ServeProcess.FilesOf(Path.Combine(bots, "random"))));
            submissions.Add(await first.SubmitAsync(token, "voronoi", "lightcycles", ServeProcess.FilesOf(Path.Combine(bots, "voronoi"))));
            (await ServeProcess.WaitUntilAsync(async () => Read(data) is { RunningMatches: > 0, RunningJudges: > 0, QueuedJudges: > 0 }, Patience))
                .Should().BeTrue($"a submission is judged and one waits while matches play\n{Read(data)}");
            await Task.Delay(TimeSpan.FromSeconds(3)); // the compile worker and the runners are started (and past their first lines)

            children = first.Descendants();
            before = Read(data);
            await first.KillAsync();
        }

        children.Should().NotBeEmpty("the server had runners and a compile worker when it was killed");
        (await ServeProcess.WaitUntilAsync(() => Task.FromResult(!children.Any(ProcessTree.IsAlive)), TimeSpan.FromSeconds(10)))
            .Should().BeTrue("a killed server's runners and compile workers end with it: " +
                string.Join("; ", children.Where(ProcessTree.IsAlive).Select(pid => $"{pid} {ProcessTree.CommandLine(pid)}")));

        await using var second = await ServeProcess.StartAsync(data, Serve);
        (await ServeProcess.WaitUntilAsync(async () =>
        {
            var now = Read(data);
            return before.Unfinished.All(now.Finished.Contains) && now.UnjudgedVersions == 0;
        }, Patience, TimeSpan.FromSeconds(1))).Should().BeTrue($"every match that waited or played, and every submission, is finished after the restart\n{Read(data)}\n{second.Output}");

        // Judged once each: the two judged before the kill stay accepted; the two that waited are judged now (a
        // machine busy enough can pass the rules' validation time limit, RCX1008: a rejection is a judgement too).
        var statuses = new List<string>();
        foreach (var id in submissions)
        {
            var submission = await second.GetJsonAsync($"/api/submissions/{id}", token);
            statuses.Add(submission["status"]!.GetValue<string>());
            statuses[^1].Should().BeOneOf(["accepted", "rejected"], submission.ToJsonString());
        }
        statuses.Take(2).Should().Equal("accepted", "accepted");
        foreach (var id in before.Unfinished)
        {
            var match = await second.GetJsonAsync($"/api/matches/{id}");
            match["status"]!.GetValue<string>().Should().Be("finished", match.ToJsonString());
        }

        var after = Read(data);
        after.PlayedCounts.Should().OnlyContain(b => b.Played == b.FinishedRated && b.Played == b.Wins + b.Losses + b.Draws,
            "each finished rated match is counted once, in both seats: " + string.Join("; ", after.PlayedCounts));
        before.LeaseOwners.Should().NotBeEmpty();
        after.LeaseOwners.Should().NotIntersectWith(before.LeaseOwners, "no job is left running under the killed server's lease");
        var leaderboard = await second.GetJsonAsync("/api/leaderboard?game=lightcycles");
        leaderboard.AsArray().Select(r => r!["played"]!.GetValue<int>()).Sum().Should().BeGreaterThanOrEqualTo(before.PlayedCounts.Sum(b => b.Played));
        (await second.StopAsync()).Should().Be(0, second.Output);
    }

    private sealed record Snapshot(
        int RunningMatches, int QueuedMatches, int RunningJudges, int QueuedJudges, int UnjudgedVersions, IReadOnlySet<string> LeaseOwners,
        IReadOnlyList<long> Unfinished, IReadOnlySet<long> Finished, IReadOnlyList<BotCount> PlayedCounts)
    {
        public override string ToString() =>
            $"matches running {RunningMatches}, queued {QueuedMatches}; judgements running {RunningJudges}, queued {QueuedJudges}; " +
            $"versions not judged {UnjudgedVersions}; unfinished [{string.Join(", ", Unfinished)}]; finished [{string.Join(", ", Finished.Order())}]; " +
            string.Join("; ", PlayedCounts);
    }

    /// <summary>The database as one read transaction sees it (the server may be writing: SQLite's WAL gives a consistent snapshot).</summary>
    private static Snapshot Read(string data)
    {
        var path = Path.Combine(data, "arena.db");
        if (!File.Exists(path)) return new Snapshot(0, 0, 0, 0, 0, new HashSet<string>(), [], new HashSet<long>(), []);
        using var connection = ArenaDataFolder.Open(data);
        using var transaction = connection.BeginTransaction();
        int Count(string sql) => (int)ArenaDataFolder.Longs(connection, transaction, sql)[0];
        var unfinished = ArenaDataFolder.Longs(connection, transaction, "SELECT Id FROM matches WHERE Status IN ('queued', 'running') ORDER BY Id");
        var finished = ArenaDataFolder.Longs(connection, transaction, "SELECT Id FROM matches WHERE Status = 'finished'").ToHashSet();
        var counts = ArenaDataFolder.BotCounts(connection, transaction);
        return new Snapshot(
            Count("SELECT COUNT(*) FROM matches WHERE Status = 'running'"),
            Count("SELECT COUNT(*) FROM matches WHERE Status = 'queued'"),
            Count("SELECT COUNT(*) FROM jobs WHERE Kind = 'judge' AND State = 'running'"),
            Count("SELECT COUNT(*) FROM jobs WHERE Kind = 'judge' AND State = 'queued'"),
            Count("SELECT COUNT(*) FROM versions WHERE Status NOT IN ('accepted', 'rejected')"),
            ArenaDataFolder.Strings(connection, transaction, "SELECT DISTINCT LeaseOwner FROM jobs WHERE State = 'running'").ToHashSet(),
            unfinished, finished, counts);
    }
}
