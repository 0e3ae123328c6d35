using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RestrictedCSharp.Arena.Data;

namespace RestrictedCSharp.Arena.Jobs.Broker;

/// <summary>
/// Publishes the jobs the arena records as orders (the <c>jobs</c> table is the outbox: a job is added in the same
/// transaction as its match or version, so none is lost between the database and the broker). Each queued job is
/// described (<see cref="JobDescriber"/>, so workers need no database), published with a confirm to its kind's
/// order queue, and then marked published. A crash between the two publishes it again at the next start: an order
/// may be delivered twice, never lost, and results are written once per match id. A job whose subject is settled
/// already is marked done without publishing; one that cannot be described is given up with the reason.
/// </summary>
public sealed class BrokerOutbox(
    IDbContextFactory<ArenaDb> databases, BrokerConnection broker, JobDescriber describer, JobSettler settler, TimeProvider clock, ILogger<BrokerOutbox> logger)
    : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);
    private const int Batch = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await PublishWaitingAsync(stoppingToken).ConfigureAwait(false) < Batch)
                    await Task.Delay(Poll, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The broker or the database is unreachable: the jobs stay queued in the table, published later.
                logger.LogError(e, "the outbox could not publish jobs");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Publishes the oldest queued jobs; the number handled.</summary>
    public async Task<int> PublishWaitingAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var waiting = await db.Jobs.AsNoTracking().Where(j => j.State == JobState.Queued).OrderBy(j => j.Id).Take(Batch)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var job in waiting)
        {
            JobOrder? order;
            try
            {
                order = await describer.DescribeAsync(job.Id, job.Kind, job.Payload, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException e)
            {
                var reason = JobErrors.Bounded($"the job cannot be described: {e.Message}");
                await settler.GiveUpAsync(job.Kind, job.Payload, reason, cancellationToken).ConfigureAwait(false);
                await SetAsync(db, job.Id, JobState.Failed, reason, cancellationToken).ConfigureAwait(false);
                continue;
            }
            if (order is null)
            {
                await SetAsync(db, job.Id, JobState.Done, null, cancellationToken).ConfigureAwait(false);
                continue;
            }
            await broker.PublishAsync(BrokerQueues.Orders(broker.Prefix, job.Kind), new BasicProperties
            {
                MessageId = job.Id.ToString(CultureInfo.InvariantCulture),
                Type = job.Kind,
                ContentType = "application/json",
            }, JobMessages.Write(order), cancellationToken).ConfigureAwait(false);
            await SetAsync(db, job.Id, JobState.Published, null, cancellationToken).ConfigureAwait(false);
        }
        return waiting.Count;
    }

    /// <summary>Moves a job on, only if it is still queued (its outcome may have been settled before this update).</summary>
    private async Task SetAsync(ArenaDb db, long id, string state, string? error, CancellationToken cancellationToken)
    {
        DateTime? finished = state is JobState.Done or JobState.Failed ? clock.GetUtcNow().UtcDateTime : null;
        await db.Jobs.Where(j => j.Id == id && j.State == JobState.Queued)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, state)
                .SetProperty(j => j.LastError, j => error ?? j.LastError)
                .SetProperty(j => j.FinishedAt, finished), cancellationToken).ConfigureAwait(false);
    }
}
