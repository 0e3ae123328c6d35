using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RestrictedCSharp.Arena.Data;

namespace RestrictedCSharp.Arena.Jobs.Broker;

/// <summary>
/// The server's side of the broker, the only writer of results: takes what workers report (outcomes and failed
/// attempts) and the dead-letter queue, one message at a time per queue, and acknowledges each only after its
/// database commit. An outcome is settled (<see cref="JobSettler"/>: checked against the job's subject, written
/// once, so a redelivered or duplicated outcome never counts twice) and its job marked done; a failed attempt is
/// recorded on its job; a dead letter gives up its job's subject with the reason and marks the job failed. Whatever
/// names a job takes the kind and subject from the <c>jobs</c> table, never from the message. When the database is
/// down the message waits (retried with a backoff up to 10 s), so no result is lost; a message that is not valid is
/// logged and dropped.
/// </summary>
public sealed class ResultConsumer(
    IDbContextFactory<ArenaDb> databases, BrokerConnection broker, JobSettler settler, ArenaOptions options, TimeProvider clock, ILogger<ResultConsumer> logger)
    : BackgroundService
{
    /// <summary>The reason of a dead letter the broker itself sent (its delivery limit reached: no worker ever reported back).</summary>
    public const string DiedEveryAttempt = "the worker died during every attempt";

    private const int Prefetch = 16;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var subscriptions = new BrokerSubscriptions(broker, logger);
        subscriptions.Add(BrokerQueues.Results(broker.Prefix), Prefetch, (channel, message) => ConsumeAsync(channel, message, HandleResultAsync, stoppingToken));
        subscriptions.Add(BrokerQueues.Dead(broker.Prefix), Prefetch, (channel, message) => ConsumeAsync(channel, message, HandleDeadLetterAsync, stoppingToken));
        try
        {
            await subscriptions.KeepAsync(() => { }, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            await subscriptions.CloseAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Handles one message until it is handled (the database may be down), then acknowledges it.</summary>
    private async Task ConsumeAsync(IChannel channel, BasicDeliverEventArgs message, Func<BasicDeliverEventArgs, CancellationToken, Task> handle, CancellationToken stoppingToken)
    {
        var generation = broker.Generation;
        var wait = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            try
            {
                await handle(message, stoppingToken).ConfigureAwait(false);
                break;
            }
            catch (Exception e) when (e is InvalidDataException or OutcomeRefusedException)
            {
                // The publisher's name is whatever it says: one line of text on the operator's terminal, never control codes.
                logger.LogWarning("dropped a message on {Queue} from {Worker}: {Error}", message.RoutingKey,
                    Protocol.DisplayText.NeutralizeLine(message.BasicProperties.AppId ?? "?"), Protocol.DisplayText.NeutralizeLine(e.Message));
                break;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Not acknowledged: delivered again to the next server.
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning("a message on {Queue} waits: the database is unreachable ({Error})", message.RoutingKey, e.Message);
                try
                {
                    await Task.Delay(wait, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }
        if (generation != broker.Generation || !channel.IsOpen) return;
        try
        {
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogWarning("acknowledging a result failed ({Error}); it is settled again, to no effect", e.Message);
        }
    }

    private async Task HandleResultAsync(BasicDeliverEventArgs message, CancellationToken cancellationToken)
    {
        if (message.BasicProperties.Type == BrokerWorker.AttemptFailedType)
        {
            var report = JobMessages.ReadAttemptFailed(message.Body.Span);
            await RecordAttemptAsync(report, cancellationToken).ConfigureAwait(false);
            return;
        }
        var outcome = JobMessages.ReadOutcome(message.Body.Span);
        var job = await JobAsync(outcome.Job, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException($"an outcome for job {outcome.Job}, which does not exist");
        if (job.Kind != outcome.Kind || job.Payload != outcome.Subject)
            throw new InvalidDataException($"an outcome for job {outcome.Job} about another subject");
        var settled = await settler.SettleAsync(outcome, cancellationToken).ConfigureAwait(false);
        logger.LogDebug("{Kind} job {Job} from {Worker}: {Settled}", job.Kind, job.Id, outcome.Worker, settled);
        await FinishJobAsync(job.Id, JobState.Done, null, null, cancellationToken).ConfigureAwait(false);
    }

    private async Task RecordAttemptAsync(AttemptFailed report, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var error = JobErrors.Bounded(report.Error);
        var attempt = Math.Clamp(report.Attempt, 1, options.MaxAttempts);
        await db.Jobs.Where(j => j.Id == report.Job && j.Kind == report.Kind && j.Payload == report.Subject && j.State != JobState.Done && j.State != JobState.Failed)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Attempts, j => j.Attempts > attempt ? j.Attempts : attempt)
                .SetProperty(j => j.LastError, error), cancellationToken).ConfigureAwait(false);
    }

    private async Task HandleDeadLetterAsync(BasicDeliverEventArgs message, CancellationToken cancellationToken)
    {
        var properties = message.BasicProperties;
        // The job: as the order names it, else as its message id does (a body that is not an order is dead-lettered too).
        long? id = null;
        try
        {
            id = JobMessages.ReadOrder(message.Body.Span).Job;
        }
        catch (InvalidDataException)
        {
            if (long.TryParse(properties.MessageId, NumberStyles.None, CultureInfo.InvariantCulture, out var named)) id = named;
        }
        var job = id is { } known ? await JobAsync(known, cancellationToken).ConfigureAwait(false) : null;
        if (job is null) throw new InvalidDataException("a dead letter that names no job of this arena");
        var reason = JobErrors.Bounded(BrokerTopology.Text(properties, BrokerWorker.ReasonHeader) ?? DiedEveryAttempt);
        var attempts = int.TryParse(BrokerTopology.Text(properties, BrokerWorker.AttemptsHeader), NumberStyles.None, CultureInfo.InvariantCulture, out var counted)
            ? Math.Clamp(counted, 1, options.MaxAttempts)
            : options.MaxAttempts;
        if (job.State is JobState.Done or JobState.Failed) return;
        // Its subject first: a crash in between leaves the letter to handle again, never a job failed with its match still waiting.
        await settler.GiveUpAsync(job.Kind, job.Payload, reason, cancellationToken).ConfigureAwait(false);
        await FinishJobAsync(job.Id, JobState.Failed, reason, attempts, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Job?> JobAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken).ConfigureAwait(false);
    }

    private async Task FinishJobAsync(long id, string state, string? error, int? attempts, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Jobs.Where(j => j.Id == id && j.State != JobState.Done && j.State != JobState.Failed)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, state)
                .SetProperty(j => j.LastError, j => error ?? j.LastError)
                .SetProperty(j => j.Attempts, j => attempts ?? j.Attempts)
                .SetProperty(j => j.LeaseOwner, (string?)null)
                .SetProperty(j => j.LeaseUntil, (DateTime?)null)
                .SetProperty(j => j.FinishedAt, now), cancellationToken).ConfigureAwait(false);
    }
}
