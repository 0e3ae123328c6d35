using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Tests.Services;

namespace RestrictedCSharp.Arena.Tests;

/// <summary>
/// Stopping the server and starting a new one on the same data folder: queued and running jobs resume, and a match
/// whose result was written before the stop is not counted again.
/// </summary>
public sealed class RestartTests : IDisposable
{
    private readonly TempFolder _data = new("arena-restart-");

    public void Dispose() => _data.Dispose();

    [SkippableTheory]
    [MemberData(nameof(ArenaBackends.All), MemberType = typeof(ArenaBackends))]
    public async Task A_restart_resumes_queued_jobs_and_counts_no_match_twice(string backend)
    {
        var store = await ArenaBackends.OpenAsync(backend, _data.Path);
        var alice = await Arena.AddAuthorAsync(store, "alice");
        var bob = await Arena.AddAuthorAsync(store, "bob");

        // First server: judges, but has no match slot, so the placement matches wait in the queue when it stops.
        await using (var first = new ArenaFactory(store, configure: o => o with { MatchSlots = 0 }))
        {
            var a = await Arena.SubmitAsync(first.ClientFor(alice), "walls", Arena.SampleBot("wallfollower"));
            await Arena.WaitForAsync(first.ClientFor(alice), $"/api/submissions/{a}", s => s.GetProperty("status").GetString() == "accepted");
            var b = await Arena.SubmitAsync(first.ClientFor(bob), "dice", Arena.SampleBot("random"));
            await Arena.WaitForAsync(first.ClientFor(bob), $"/api/submissions/{b}", s => s.GetProperty("status").GetString() == "accepted");
            await using var db = await DatabaseOf(first);
            // Waiting: in the table, or (with a broker) published to it.
            (await db.Jobs.CountAsync(j => j.Kind == JobKind.Match && (j.State == JobState.Queued || j.State == JobState.Published)))
                .Should().Be(first.Options.PlacementMatches);
            // With a broker a job runs only once delivered, so only a published one can be left running.
            var published = DateTime.UtcNow.AddSeconds(60);
            while (store.Broker is not null && await db.Jobs.AnyAsync(j => j.State == JobState.Queued) && DateTime.UtcNow < published) await Task.Delay(100);
            // One of them as a server killed mid-match leaves it: running, under a lease that has not run out.
            var job = await db.Jobs.FirstAsync(j => j.Kind == JobKind.Match);
            job.State = JobState.Running;
            job.Attempts = 1;
            job.LeaseOwner = "a server that died";
            job.LeaseUntil = DateTime.UtcNow.AddHours(1);
            await db.SaveChangesAsync();
        }

        // Second server: plays the waiting and the interrupted matches.
        int played;
        await using (var second = new ArenaFactory(store))
        {
            var board = await Arena.WaitForAsync(second.ClientFor(null), "/api/leaderboard?game=lightcycles",
                rows => rows.EnumerateArray().All(r => r.GetProperty("played").GetInt32() == second.Options.PlacementMatches));
            played = board[0].GetProperty("played").GetInt32();
            await using var db = await DatabaseOf(second);
            (await db.Matches.CountAsync(m => m.Status == MatchStatus.Finished)).Should().Be(second.Options.PlacementMatches);

            // A server that dies after writing a result but before settling its job leaves the job to run again.
            await db.Jobs.Where(j => j.Kind == JobKind.Match).ExecuteUpdateAsync(s => s.SetProperty(j => j.State, JobState.Queued));
        }

        // Third server: runs those jobs again, and they change nothing.
        await using (var third = new ArenaFactory(store))
        {
            await using var db = await DatabaseOf(third);
            var until = DateTime.UtcNow.AddSeconds(60);
            while (await db.Jobs.AnyAsync(j => j.State != JobState.Done) && DateTime.UtcNow < until) await Task.Delay(200);
            (await db.Jobs.CountAsync(j => j.State != JobState.Done)).Should().Be(0);
            var board = await (await third.ClientFor(null).GetAsync("/api/leaderboard?game=lightcycles")).JsonAsync();
            board.EnumerateArray().Should().OnlyContain(r => r.GetProperty("played").GetInt32() == played);
            (await db.Matches.CountAsync()).Should().Be(third.Options.PlacementMatches);
        }
    }

    /// <summary>A context on the factory's database (starting its server first).</summary>
    private static async Task<ArenaDb> DatabaseOf(ArenaFactory factory)
    {
        _ = factory.Server;
        await Task.CompletedTask;
        return await factory.Services.GetRequiredService<IDbContextFactory<ArenaDb>>().CreateDbContextAsync();
    }
}
