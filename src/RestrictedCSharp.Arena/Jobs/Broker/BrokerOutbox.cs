using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RestrictedCSharp.Arena.Data;

namespace RestrictedCSharp.Arena.Jobs.Broker;

/// <summary>
/// Publishes the jobs the arena records (the <c>jobs</c> table is the outbox: a job is added in the same transaction
/// as its match or version, so none is lost between the database and the broker). Each queued job is published with
/// a confirm and then marked published. A crash between the two publishes it again at the next start: a job may be
/// delivered twice, never lost, and results are written once per match id.
/// </summary>
public sealed class BrokerOutbox(IDbContextFactory<ArenaDb> databases, BrokerJobQueue queue, ILogger<BrokerOutbox> logger) : BackgroundService
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

    /// <summary>Publishes the oldest queued jobs; the number published.</summary>
    public async Task<int> PublishWaitingAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var waiting = await db.Jobs.AsNoTracking().Where(j => j.State == JobState.Queued).OrderBy(j => j.Id).Take(Batch)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var job in waiting)
        {
            await queue.PublishAsync(job, cancellationToken).ConfigureAwait(false);
            // Only if still queued: a consumer may already have claimed it (the message can arrive before this update).
            await db.Jobs.Where(j => j.Id == job.Id && j.State == JobState.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, JobState.Published), cancellationToken).ConfigureAwait(false);
        }
        return waiting.Count;
    }
}
