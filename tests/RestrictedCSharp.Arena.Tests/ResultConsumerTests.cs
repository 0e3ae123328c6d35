using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Jobs;
using RestrictedCSharp.Arena.Jobs.Broker;
using RestrictedCSharp.Arena.Tests.Services;

namespace RestrictedCSharp.Arena.Tests;

/// <summary>
/// The server's result consumer under attack (whoever holds the worker key can publish to the results queue): an
/// outcome for an unknown job, for another job's subject, with a forged seat or another match's result, or too
/// large, changes nothing; a real outcome delivered three times counts once.
/// </summary>
public sealed class ResultConsumerTests : IDisposable
{
    private readonly TempFolder _data = new("arena-results-");

    public void Dispose() => _data.Dispose();

    [SkippableFact]
    public async Task Forged_unknown_oversized_and_repeated_outcomes_change_nothing_and_a_real_one_counts_once()
    {
        var store = await ArenaBackends.OpenAsync(ArenaBackends.PostgresRabbitMq, _data.Path);
        var alice = await Arena.AddAuthorAsync(store, "alice");
        var bob = await Arena.AddAuthorAsync(store, "bob");
        // No match slot anywhere: the matches wait, and only what this test publishes settles them.
        await using var arena = new ArenaFactory(store, configure: o => o with { MatchSlots = 0 });
        var a = await Arena.SubmitAsync(arena.ClientFor(alice), "walls", Arena.SampleBot("wallfollower"));
        await Arena.WaitForAsync(arena.ClientFor(alice), $"/api/submissions/{a}", s => s.GetProperty("status").GetString() == "accepted");
        var b = await Arena.SubmitAsync(arena.ClientFor(bob), "dice", Arena.SampleBot("random"));
        await Arena.WaitForAsync(arena.ClientFor(bob), $"/api/submissions/{b}", s => s.GetProperty("status").GetString() == "accepted");

        var databases = arena.Services.GetRequiredService<IDbContextFactory<ArenaDb>>();
        List<Job> jobs;
        await using (var db = await databases.CreateDbContextAsync())
            jobs = await db.Jobs.AsNoTracking().Where(j => j.Kind == JobKind.Match).OrderBy(j => j.Id).ToListAsync();
        jobs.Should().HaveCount(2);
        var (first, second) = (jobs[0], jobs[1]);
        var order = await arena.Services.GetRequiredService<JobDescriber>().DescribeAsync(first.Id, first.Kind, first.Payload, CancellationToken.None);
        var outcome = await arena.Services.GetRequiredService<JobExecutor>().ExecuteAsync(order!, CancellationToken.None);
        var match = outcome.Match!;

        await using var connection = await new ConnectionFactory { Uri = new Uri(store.Broker!) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var results = BrokerQueues.Results(store.QueuePrefix);
        async Task PublishAsync(byte[] body) =>
            await channel.BasicPublishAsync("", results, mandatory: true, new BasicProperties { Type = BrokerWorker.OutcomeType, Persistent = true }, body);

        await PublishAsync(JobMessages.Write(outcome with { Job = 999_999 }));
        await PublishAsync(JobMessages.Write(outcome with { Job = second.Id }));
        await PublishAsync(JobMessages.Write(outcome with { Job = second.Id, Subject = second.Payload }));
        await PublishAsync(JobMessages.Write(outcome with { Match = match with { Seats = [match.Seats[0] with { Artifact = new string('0', 64) }, match.Seats[1]] } }));
        await PublishAsync(JobMessages.Write(outcome with { Match = match with { Seats = [.. match.Seats.Reverse()] } }));
        await PublishAsync(JobMessages.Write(outcome with { Match = match with { Summary = match.Summary.Replace("\"placement\": 2", "\"placement\": 1", StringComparison.Ordinal) } }));
        await PublishAsync(JobMessages.Write(outcome with { Match = match with { Replay = "{\"game\": \"lightcycles\"}" } }));
        await PublishAsync(Encoding.UTF8.GetBytes("{\"job\": " + new string('1', 100) + "}"));
        await PublishAsync(new byte[JobMessages.MaxOutcomeBytes + 1]);
        for (var i = 0; i < 3; i++) await PublishAsync(JobMessages.Write(outcome));

        // The consumer takes them one at a time, in order: once the queue is empty and the last is settled, all were seen.
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until && (await channel.MessageCountAsync(results) > 0 || !await DoneAsync(databases, first.Id))) await Task.Delay(200);
        await Task.Delay(1000);
        (await channel.MessageCountAsync(results)).Should().Be(0u);

        await using var check = await databases.CreateDbContextAsync();
        var matches = await check.Matches.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
        matches.Single(m => m.Id == first.Payload).Status.Should().Be(MatchStatus.Finished);
        matches.Single(m => m.Id == second.Payload).Status.Should().Be(MatchStatus.Queued, "no forged outcome settled the other match");
        (await check.Bots.AsNoTracking().ToListAsync()).Should().OnlyContain(bot => bot.Played == 1, "the real outcome, delivered three times, counts once");
        (await check.Jobs.AsNoTracking().SingleAsync(j => j.Id == second.Id)).State.Should().NotBe(JobState.Done);
    }

    private static async Task<bool> DoneAsync(IDbContextFactory<ArenaDb> databases, long job)
    {
        await using var db = await databases.CreateDbContextAsync();
        return (await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == job)).State == JobState.Done;
    }
}
