using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Tests.Services;

namespace RestrictedCSharp.Arena.Tests;

/// <summary>
/// A job that fails on every attempt: its match is failed with the reason, on every backend; on the broker the job
/// also passes through the dead-letter queue (consumed by the server into the job's record), and nothing of it is left to deliver.
/// </summary>
public sealed class JobFailureTests : IDisposable
{
    private readonly TempFolder _data = new("arena-failure-");

    public void Dispose() => _data.Dispose();

    [SkippableTheory]
    [MemberData(nameof(ArenaBackends.All), MemberType = typeof(ArenaBackends))]
    public async Task A_match_that_fails_on_every_attempt_is_failed_with_its_reason(string backend)
    {
        var store = await ArenaBackends.OpenAsync(backend, _data.Path);
        var alice = await Arena.AddAuthorAsync(store, "alice");
        var bob = await Arena.AddAuthorAsync(store, "bob");
        await using (var first = new ArenaFactory(store, configure: o => o with { MatchSlots = 0 }))
        {
            var a = await Arena.SubmitAsync(first.ClientFor(alice), "walls", Arena.SampleBot("wallfollower"));
            await Arena.WaitForAsync(first.ClientFor(alice), $"/api/submissions/{a}", s => s.GetProperty("status").GetString() == "accepted");
            var b = await Arena.SubmitAsync(first.ClientFor(bob), "dice", Arena.SampleBot("random"));
            await Arena.WaitForAsync(first.ClientFor(bob), $"/api/submissions/{b}", s => s.GetProperty("status").GetString() == "accepted");
        }
        // The compiled bots are lost: every attempt to play a match fails.
        Directory.Delete(Path.Combine(_data.Path, "bots"), recursive: true);

        await using var second = new ArenaFactory(store);
        var history = await Arena.WaitForAsync(second.ClientFor(null), "/api/matches?bot=dice",
            matches => matches.GetArrayLength() == second.Options.PlacementMatches && matches.EnumerateArray().All(m => m.GetProperty("status").GetString() == "failed"));
        foreach (var match in history.EnumerateArray())
        {
            var detail = await (await second.ClientFor(null).GetAsync($"/api/matches/{match.GetProperty("id").GetInt64()}")).JsonAsync();
            detail.GetProperty("failure").GetString().Should().Contain("no artifact", "the reason is the last attempt's");
        }

        await using var db = await second.Services.GetRequiredService<IDbContextFactory<ArenaDb>>().CreateDbContextAsync();
        var until = DateTime.UtcNow.AddSeconds(30);
        while (await db.Jobs.AnyAsync(j => j.Kind == JobKind.Match && j.State != JobState.Failed) && DateTime.UtcNow < until) await Task.Delay(100);
        var jobs = await db.Jobs.AsNoTracking().Where(j => j.Kind == JobKind.Match).ToListAsync();
        jobs.Should().HaveCount(second.Options.PlacementMatches)
            .And.OnlyContain(j => j.State == JobState.Failed && j.Attempts == second.Options.MaxAttempts && j.LastError!.Contains("no artifact"));
        (await db.Bots.SumAsync(b => b.Played)).Should().Be(0, "a failed match is not rated");

        if (store.Broker is null) return;
        await using var connection = await new ConnectionFactory { Uri = new Uri(store.Broker) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        // Each failed job was dead-lettered, and the server took the letter into the jobs table (above) for the operator.
        (await channel.MessageCountAsync($"{store.QueuePrefix}.dead")).Should().Be(0u, "the server consumed the dead letters");
        (await channel.MessageCountAsync($"{store.QueuePrefix}.match")).Should().Be(0u, "nothing failed is delivered again");
    }
}
