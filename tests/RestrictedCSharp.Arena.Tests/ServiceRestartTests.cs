using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Tests.Services;

namespace RestrictedCSharp.Arena.Tests;

/// <summary>
/// The distributed arena while its services restart mid-run (each test on a private instance of the service it
/// restarts): RabbitMQ stopped and started while matches play loses no job; PostgreSQL stopped and started while
/// outcomes arrive loses no result (the server's consumer waits and retries). Either way every placement match ends
/// finished, counted once.
/// </summary>
public sealed class ServiceRestartTests : IDisposable
{
    private const int Placements = 4;

    private readonly TempFolder _data = new("arena-restarts-");

    public void Dispose() => _data.Dispose();

    private static void Needs(Func<string?> unavailable)
    {
        if (unavailable() is not { } reason) return;
        if (ServiceProcess.InCi) throw new InvalidOperationException($"CI needs this service: {reason}");
        Skip.If(true, reason);
    }

    [SkippableFact]
    public async Task Restarting_RabbitMQ_mid_run_loses_no_job()
    {
        Needs(RabbitMqServer.Unavailable);
        await using var rabbitMq = await RabbitMqServer.StartNewAsync();
        var store = new ArenaBackend(ArenaBackends.Sqlite, _data.Path, null, rabbitMq.Url, "restart");
        await PlayThroughAsync(store, rabbitMq.StopAsync, rabbitMq.StartAsync);
    }

    [SkippableFact]
    public async Task Restarting_PostgreSQL_mid_run_loses_no_result()
    {
        Needs(PostgresServer.Unavailable);
        var rabbitMq = await ArenaBackends.RabbitMqAsync();
        await using var postgres = await PostgresServer.StartNewAsync();
        var database = await postgres.CreateDatabaseAsync("restart");
        var store = new ArenaBackend(ArenaBackends.PostgresRabbitMq, _data.Path, postgres.Url(database), rabbitMq.Url, $"p{Guid.NewGuid():N}"[..16]);
        await PlayThroughAsync(store, postgres.StopAsync, postgres.StartAsync);
    }

    /// <summary>Two bots, their placement matches; once one is finished the service stops for a few seconds and starts again.</summary>
    private static async Task PlayThroughAsync(ArenaBackend store, Func<Task> stop, Func<Task> start)
    {
        var alice = await Arena.AddAuthorAsync(store, "alice");
        var bob = await Arena.AddAuthorAsync(store, "bob");
        await using var arena = new ArenaFactory(store, configure: o => o with { MatchSlots = 1, PlacementMatches = Placements });
        var a = await Arena.SubmitAsync(arena.ClientFor(alice), "walls", Arena.SampleBot("wallfollower"));
        await Arena.WaitForAsync(arena.ClientFor(alice), $"/api/submissions/{a}", s => s.GetProperty("status").GetString() == "accepted");
        await Arena.SubmitAsync(arena.ClientFor(bob), "dice", Arena.SampleBot("random"));
        await Arena.WaitForAsync(arena.ClientFor(null), "/api/matches?bot=dice",
            m => m.EnumerateArray().Count(x => x.GetProperty("status").GetString() == "finished") >= 1);

        await stop();
        await Task.Delay(TimeSpan.FromSeconds(5));
        await start();

        var board = await Arena.WaitForAsync(arena.ClientFor(null), "/api/leaderboard?game=lightcycles",
            rows => rows.GetArrayLength() == 2 && rows.EnumerateArray().All(r => r.GetProperty("played").GetInt32() == Placements), seconds: 240);
        var history = await (await arena.ClientFor(null).GetAsync("/api/matches?bot=dice")).JsonAsync();
        history.EnumerateArray().Should().HaveCount(Placements).And.OnlyContain(m => m.GetProperty("status").GetString() == "finished");
        await using var db = await arena.Services.GetRequiredService<IDbContextFactory<ArenaDb>>().CreateDbContextAsync();
        var until = DateTime.UtcNow.AddSeconds(30);
        while (await db.Jobs.AnyAsync(j => j.State != JobState.Done) && DateTime.UtcNow < until) await Task.Delay(200);
        (await db.Jobs.CountAsync(j => j.State != JobState.Done)).Should().Be(0, "every job is settled");
        (await db.Bots.SumAsync(b => b.Played)).Should().Be(2 * Placements, "each match counted once, in both seats");
        board.EnumerateArray().Should().OnlyContain(r => r.GetProperty("played").GetInt32() == Placements);
    }
}
