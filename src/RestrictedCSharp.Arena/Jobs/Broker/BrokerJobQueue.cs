using System.Collections.Concurrent;
using System.Text;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RestrictedCSharp.Arena.Data;

namespace RestrictedCSharp.Arena.Jobs.Broker;

/// <summary>
/// The job queue on a RabbitMQ broker (<c>rcsc serve --broker amqp://…</c>). The <c>jobs</c> table stays the record
/// of every job, written in the same transaction as what the job is about; <see cref="BrokerOutbox"/> publishes each
/// new one (durable queue per kind, persistent message, publisher confirm) and marks it
/// <see cref="JobState.Published"/>. A slot's claim is a delivery (manual ack, prefetch = the kind's slots): the
/// broker gives a message to one consumer at a time and gives it again when that consumer's connection dies, so
/// the lease is the connection's. A message is acknowledged only once its job is done or failed for good; an attempt
/// that failed is returned to the queue (nack, requeue), and after the last one the message goes to the dead-letter
/// queue with its reason. Each delivery claimed counts an attempt (in the table, as the embedded queue counts them).
/// </summary>
public sealed class BrokerJobQueue(IDbContextFactory<ArenaDb> databases, ArenaOptions options, TimeProvider clock, ILogger<BrokerJobQueue> logger)
    : IJobQueue, IAsyncDisposable
{
    /// <summary>A message as the broker delivered it, on the channel that must settle it.</summary>
    private sealed record Delivery(IChannel Channel, ulong Tag, long JobId);

    private readonly SemaphoreSlim _connecting = new(1, 1);
    private readonly SemaphoreSlim _publishing = new(1, 1);
    private readonly ConcurrentDictionary<string, Channel<Delivery>> _deliveries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ClaimedJob, Delivery> _claimed = new();
    private IConnection? _connection;
    private IChannel? _publisher;

    /// <summary>Puts the broker's queue in the embedded one's place, with its outbox.</summary>
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<BrokerJobQueue>();
        services.AddSingleton<IJobQueue>(sp => sp.GetRequiredService<BrokerJobQueue>());
        services.AddHostedService<BrokerOutbox>();
    }

    public string QueueOf(string kind) => $"{options.BrokerQueuePrefix}.{kind}";

    public string DeadLetterQueue => $"{options.BrokerQueuePrefix}.dead";

    /// <summary>The table is the queue's record: the outbox publishes what is added here.</summary>
    public async Task EnqueueAsync(string kind, long payload, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.Jobs.Add(DatabaseJobQueue.NewJob(kind, payload, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Publishes a job's message and waits for the broker's confirm (it is then on disk).</summary>
    public async Task PublishAsync(Job job, CancellationToken cancellationToken)
    {
        var publisher = await PublisherAsync(cancellationToken).ConfigureAwait(false);
        var properties = new BasicProperties
        {
            Persistent = true,
            MessageId = job.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Type = job.Kind,
            ContentType = "application/json",
        };
        var body = Encoding.UTF8.GetBytes($$"""{"job":{{job.Id}},"kind":"{{job.Kind}}","payload":{{job.Payload}}}""");
        await _publishing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // mandatory: a message no queue takes is returned, and the publish fails rather than vanishing.
            await publisher.BasicPublishAsync("", QueueOf(job.Kind), mandatory: true, properties, body, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _publishing.Release();
        }
    }

    public async Task<ClaimedJob?> ClaimAsync(string kind, string owner, CancellationToken cancellationToken)
    {
        var deliveries = await DeliveriesAsync(kind, cancellationToken).ConfigureAwait(false);
        while (deliveries.Reader.TryRead(out var delivery))
        {
            var claimed = await ClaimInDatabaseAsync(delivery.JobId, kind, owner, cancellationToken).ConfigureAwait(false);
            if (claimed is null)
            {
                // Done, failed for good, or unknown: a copy of a settled job (published twice, or delivered again
                // after its ack was lost). Nothing to run; the message is settled.
                await delivery.Channel.BasicAckAsync(delivery.Tag, multiple: false, cancellationToken).ConfigureAwait(false);
                continue;
            }
            _claimed[claimed] = delivery;
            return claimed;
        }
        return null;
    }

    /// <summary>The job of a delivery, running under <paramref name="owner"/> with one more attempt; null when it is not to run.</summary>
    private async Task<ClaimedJob?> ClaimInDatabaseAsync(long id, string kind, string owner, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        for (var tries = 0; tries < 5; tries++)
        {
            var job = await db.Jobs.AsNoTracking().Where(j => j.Id == id && j.Kind == kind)
                .Select(j => new { j.State, j.Attempts, j.Payload }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            // Running: the broker delivers a message to one consumer at a time, so a job still marked running was
            // left by a consumer whose connection died; it runs again.
            if (job is null || job.State is not (JobState.Queued or JobState.Published or JobState.Running)) return null;
            var until = clock.GetUtcNow().UtcDateTime + options.JobLease;
            var won = await db.Jobs.Where(j => j.Id == id && j.State == job.State && j.Attempts == job.Attempts)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.State, JobState.Running)
                    .SetProperty(j => j.LeaseOwner, owner)
                    .SetProperty(j => j.LeaseUntil, until)
                    .SetProperty(j => j.Attempts, job.Attempts + 1), cancellationToken).ConfigureAwait(false);
            if (won == 1) return new ClaimedJob(id, kind, job.Payload, job.Attempts + 1);
        }
        return null;
    }

    /// <summary>The lease is the consumer's connection; the table's lease is kept current for the operator's view.</summary>
    public async Task<bool> RenewAsync(ClaimedJob job, string owner, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var until = clock.GetUtcNow().UtcDateTime + options.JobLease;
        return await db.Jobs
            .Where(j => j.Id == job.Id && j.State == JobState.Running && j.LeaseOwner == owner && j.Attempts == job.Attempt)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseUntil, until), cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task CompleteAsync(ClaimedJob job, CancellationToken cancellationToken)
    {
        await using (var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.Jobs.Where(j => j.Id == job.Id)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.State, JobState.Done)
                    .SetProperty(j => j.LeaseOwner, (string?)null)
                    .SetProperty(j => j.LeaseUntil, (DateTime?)null)
                    .SetProperty(j => j.FinishedAt, now), cancellationToken).ConfigureAwait(false);
        }
        // Acknowledged after the job is recorded done: a crash in between delivers it again, and the claim skips it.
        if (_claimed.TryRemove(job, out var delivery))
            await delivery.Channel.BasicAckAsync(delivery.Tag, multiple: false, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> FailAsync(ClaimedJob job, string error, CancellationToken cancellationToken)
    {
        var again = job.Attempt < options.MaxAttempts;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.Jobs.Where(j => j.Id == job.Id)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.State, again ? JobState.Published : JobState.Failed)
                    .SetProperty(j => j.LeaseOwner, (string?)null)
                    .SetProperty(j => j.LeaseUntil, (DateTime?)null)
                    .SetProperty(j => j.LastError, error)
                    .SetProperty(j => j.FinishedAt, again ? null : now), cancellationToken).ConfigureAwait(false);
        }
        if (!_claimed.TryRemove(job, out var delivery)) return again;
        if (again)
        {
            await delivery.Channel.BasicNackAsync(delivery.Tag, multiple: false, requeue: true, cancellationToken).ConfigureAwait(false);
            return true;
        }
        await DeadLetterAsync(job, error, cancellationToken).ConfigureAwait(false);
        await delivery.Channel.BasicAckAsync(delivery.Tag, multiple: false, cancellationToken).ConfigureAwait(false);
        return false;
    }

    /// <summary>A job failed for good, kept in the dead-letter queue with its reason and attempts (confirmed before the original is acknowledged).</summary>
    private async Task DeadLetterAsync(ClaimedJob job, string error, CancellationToken cancellationToken)
    {
        var publisher = await PublisherAsync(cancellationToken).ConfigureAwait(false);
        var properties = new BasicProperties
        {
            Persistent = true,
            MessageId = job.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Type = job.Kind,
            ContentType = "application/json",
            Headers = new Dictionary<string, object?>
            {
                ["x-job"] = job.Id,
                ["x-kind"] = job.Kind,
                ["x-attempts"] = job.Attempt,
                ["x-reason"] = error,
            },
        };
        var body = Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(
            new DeadLetter(job.Id, job.Kind, job.Payload, job.Attempt, error), BrokerJson.Default.DeadLetter));
        await _publishing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await publisher.BasicPublishAsync("", DeadLetterQueue, mandatory: true, properties, body, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _publishing.Release();
        }
    }

    /// <summary>The broker's queue does not lose running jobs: an unacknowledged message returns to its queue when its consumer's connection closes.</summary>
    public async Task RecoverAsync(CancellationToken cancellationToken) =>
        await ConnectionAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Messages of a kind waiting or delivered and not yet acknowledged (the broker's count, for the operator).</summary>
    public async Task<uint> WaitingAsync(string kind, CancellationToken cancellationToken)
    {
        var connection = await ConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return await channel.MessageCountAsync(QueueOf(kind), cancellationToken).ConfigureAwait(false);
    }

    private async Task<Channel<Delivery>> DeliveriesAsync(string kind, CancellationToken cancellationToken)
    {
        if (_deliveries.TryGetValue(kind, out var existing)) return existing;
        var connection = await ConnectionAsync(cancellationToken).ConfigureAwait(false);
        await _connecting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_deliveries.TryGetValue(kind, out existing)) return existing;
            var deliveries = Channel.CreateUnbounded<Delivery>();
            var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            // Prefetch = this kind's slots: the broker hands this process no more than it can run at once.
            var slots = kind == JobKind.Judge ? options.JudgeSlots : options.MatchSlots;
            await channel.BasicQosAsync(0, (ushort)Math.Clamp(slots, 1, ushort.MaxValue), global: false, cancellationToken).ConfigureAwait(false);
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += async (_, message) =>
            {
                if (JobIdOf(message) is { } id)
                {
                    await deliveries.Writer.WriteAsync(new Delivery(channel, message.DeliveryTag, id)).ConfigureAwait(false);
                    return;
                }
                // Not a job of this arena's: kept aside rather than retried forever.
                logger.LogWarning("a message on {Queue} names no job; dead-lettered", QueueOf(kind));
                await channel.BasicNackAsync(message.DeliveryTag, multiple: false, requeue: false).ConfigureAwait(false);
            };
            await channel.BasicConsumeAsync(QueueOf(kind), autoAck: false, consumer, cancellationToken).ConfigureAwait(false);
            _deliveries[kind] = deliveries;
            return deliveries;
        }
        finally
        {
            _connecting.Release();
        }
    }

    private static long? JobIdOf(BasicDeliverEventArgs message) =>
        long.TryParse(message.BasicProperties.MessageId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    private async Task<IChannel> PublisherAsync(CancellationToken cancellationToken)
    {
        if (_publisher is { } ready) return ready;
        var connection = await ConnectionAsync(cancellationToken).ConfigureAwait(false);
        await _connecting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Confirms tracked: each publish returns once the broker has the message (persisted), or throws.
            return _publisher ??= await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _connecting.Release();
        }
    }

    /// <summary>The connection (made once; the client recovers it and its topology after a network failure), with the queues declared.</summary>
    private async Task<IConnection> ConnectionAsync(CancellationToken cancellationToken)
    {
        if (_connection is { } open) return open;
        await _connecting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_connection is { } raced) return raced;
            var factory = new ConnectionFactory
            {
                Uri = new Uri(options.Broker ?? throw new InvalidOperationException("no broker is configured")),
                ClientProvidedName = $"rcsc serve {Environment.MachineName}:{Environment.ProcessId}",
                AutomaticRecoveryEnabled = true,
                TopologyRecoveryEnabled = true,
            };
            var connection = await factory.CreateConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                foreach (var queue in new[] { QueueOf(JobKind.Judge), QueueOf(JobKind.Match), DeadLetterQueue })
                    await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments: null, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            _connection = connection;
            return connection;
        }
        finally
        {
            _connecting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Closing the connection returns every unacknowledged message to its queue, for the next process.
        if (_connection is { } connection)
        {
            try
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogDebug(e, "closing the broker connection failed");
            }
            await connection.DisposeAsync().ConfigureAwait(false);
        }
        _connecting.Dispose();
        _publishing.Dispose();
    }
}

/// <summary>A job the queue gave up on, as kept in the dead-letter queue.</summary>
public sealed record DeadLetter(long Job, string Kind, long Payload, int Attempts, string Reason);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(DeadLetter))]
internal sealed partial class BrokerJson : System.Text.Json.Serialization.JsonSerializerContext;
