using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using RabbitMQ.Client;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Data.Providers;
using RestrictedCSharp.Arena.Jobs;
using RestrictedCSharp.Arena.Jobs.Broker;
using RestrictedCSharp.Arena.Tests.Services;

namespace RestrictedCSharp.Arena.Tests;

/// <summary>
/// The job queue on RabbitMQ (a private node), below the arena: the outbox publishes what the table records, a
/// message is acknowledged only once its job is settled, each delivery counts an attempt, a job that failed its last
/// attempt is dead-lettered with its reason, and a job published twice runs once.
/// </summary>
public sealed class BrokerJobQueueTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TempFolder _data = new("arena-broker-");
    private ArenaOptions _options = null!;
    private PooledDbContextFactory<ArenaDb> _databases = null!;
    private RabbitMqServer? _server;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _data.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A fresh SQLite store (the queue's table behaves alike on PostgreSQL) and queues of this test's own.</summary>
    private async Task StartAsync()
    {
        _server = await ArenaBackends.RabbitMqAsync();
        _options = new ArenaOptions
        {
            DataDirectory = _data.Path, Broker = _server.Url, BrokerQueuePrefix = $"q{Guid.NewGuid():N}"[..16], MatchSlots = 1, JudgeSlots = 1,
        };
        (await ArenaAuthors.OpenAsync(_options)).Dispose();
        _databases = new PooledDbContextFactory<ArenaDb>(ArenaDatabase.Of(_options).ContextOptions());
    }

    private BrokerJobQueue NewQueue() => new(_databases, _options, TimeProvider.System, NullLogger<BrokerJobQueue>.Instance);

    private async Task<long> EnqueueAndPublishAsync(BrokerJobQueue queue, long payload)
    {
        await queue.EnqueueAsync(JobKind.Match, payload, CancellationToken.None);
        (await new BrokerOutbox(_databases, queue, NullLogger<BrokerOutbox>.Instance).PublishWaitingAsync(CancellationToken.None)).Should().Be(1);
        await using var db = await _databases.CreateDbContextAsync();
        var job = await db.Jobs.SingleAsync(j => j.Payload == payload);
        job.State.Should().Be(JobState.Published);
        return job.Id;
    }

    private static async Task<ClaimedJob> ClaimAsync(BrokerJobQueue queue)
    {
        var until = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < until)
        {
            if (await queue.ClaimAsync(JobKind.Match, "test", CancellationToken.None) is { } job) return job;
            await Task.Delay(50);
        }
        throw new TimeoutException("no delivery");
    }

    private async Task<Job> JobAsync(long id)
    {
        await using var db = await _databases.CreateDbContextAsync();
        return await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == id);
    }

    private async Task<uint> ReadyAsync(string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(_server!.Url) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        return await channel.MessageCountAsync(queue);
    }

    [SkippableFact]
    public async Task A_job_failed_on_every_attempt_is_dead_lettered_with_its_reason()
    {
        await StartAsync();
        await using (var queue = NewQueue())
        {
            var id = await EnqueueAndPublishAsync(queue, payload: 42);
            for (var attempt = 1; attempt <= _options.MaxAttempts; attempt++)
            {
                var job = await ClaimAsync(queue);
                job.Should().Be(new ClaimedJob(id, JobKind.Match, 42, attempt), "each delivery is one more attempt");
                (await JobAsync(id)).State.Should().Be(JobState.Running);
                var again = await queue.FailAsync(job, $"boom {attempt}", CancellationToken.None);
                again.Should().Be(attempt < _options.MaxAttempts);
            }
            var failed = await JobAsync(id);
            failed.State.Should().Be(JobState.Failed);
            failed.LastError.Should().Be("boom 3");
            failed.Attempts.Should().Be(3);
            (await queue.ClaimAsync(JobKind.Match, "test", CancellationToken.None)).Should().BeNull("the failed job's message was acknowledged");
        }

        (await ReadyAsync($"{_options.BrokerQueuePrefix}.match")).Should().Be(0u);
        await using var connection = await new ConnectionFactory { Uri = new Uri(_server!.Url) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var dead = await channel.BasicGetAsync($"{_options.BrokerQueuePrefix}.dead", autoAck: true);
        dead.Should().NotBeNull("the job went to the dead-letter queue");
        dead!.BasicProperties.Persistent.Should().BeTrue();
        Encoding.UTF8.GetString((byte[])dead.BasicProperties.Headers!["x-reason"]!).Should().Be("boom 3");
        var letter = JsonDocument.Parse(dead.Body.ToArray()).RootElement;
        letter.GetProperty("payload").GetInt64().Should().Be(42);
        letter.GetProperty("attempts").GetInt32().Should().Be(3);
        letter.GetProperty("reason").GetString().Should().Be("boom 3");
    }

    [SkippableFact]
    public async Task A_consumer_that_dies_unsettled_has_its_job_delivered_again_with_the_attempt_counted()
    {
        await StartAsync();
        long id;
        await using (var first = NewQueue())
        {
            id = await EnqueueAndPublishAsync(first, payload: 7);
            (await ClaimAsync(first)).Attempt.Should().Be(1);
            // Disposed without settling: the connection closes as a dead process's would.
        }
        await using (var second = NewQueue())
        {
            var job = await ClaimAsync(second);
            job.Should().Be(new ClaimedJob(id, JobKind.Match, 7, 2));
            await second.CompleteAsync(job, CancellationToken.None);
        }
        (await JobAsync(id)).State.Should().Be(JobState.Done);
        (await ReadyAsync($"{_options.BrokerQueuePrefix}.match")).Should().Be(0u, "a completed job's message is acknowledged");
    }

    [SkippableFact]
    public async Task A_job_published_twice_runs_once()
    {
        await StartAsync();
        await using (var queue = NewQueue())
        {
            var id = await EnqueueAndPublishAsync(queue, payload: 9);
            // As an outbox that crashed between the broker's confirm and marking the job published would do.
            await queue.PublishAsync(await JobAsync(id), CancellationToken.None);
            var job = await ClaimAsync(queue);
            await queue.CompleteAsync(job, CancellationToken.None);
            var until = DateTime.UtcNow.AddSeconds(3);
            while (DateTime.UtcNow < until)
            {
                (await queue.ClaimAsync(JobKind.Match, "test", CancellationToken.None)).Should().BeNull("the copy of a done job is not run");
                await Task.Delay(100);
            }
            (await JobAsync(id)).Attempts.Should().Be(1);
        }
        (await ReadyAsync($"{_options.BrokerQueuePrefix}.match")).Should().Be(0u, "the copy was acknowledged too");
    }
}
