using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RestrictedCSharp.Arena.Jobs;

/// <summary>
/// The slots that run jobs: <see cref="ArenaOptions.JudgeSlots"/> for submissions, <see cref="ArenaOptions.MatchSlots"/>
/// for matches. Each slot claims a job with a lease, renews the lease while it works, and settles the job when done.
/// On shutdown a slot stops mid-job without settling it: the job is claimed again at the next start.
/// </summary>
public sealed class JobRunner(IJobQueue queue, IEnumerable<IJobHandler> handlers, ArenaOptions options, ILogger<JobRunner> logger) : BackgroundService
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(200);

    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private int _busy;

    /// <summary>Slots running a job now.</summary>
    public int Busy => Volatile.Read(ref _busy);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await queue.RecoverAsync(stoppingToken).ConfigureAwait(false);
        var byKind = handlers.ToDictionary(h => h.Kind, StringComparer.Ordinal);
        var slots = new List<Task>();
        for (var i = 0; i < options.JudgeSlots; i++) slots.Add(SlotAsync(byKind[Data.JobKind.Judge], stoppingToken));
        for (var i = 0; i < options.MatchSlots; i++) slots.Add(SlotAsync(byKind[Data.JobKind.Match], stoppingToken));
        await Task.WhenAll(slots).ConfigureAwait(false);
    }

    private async Task SlotAsync(IJobHandler handler, CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var job = await queue.ClaimAsync(handler.Kind, _owner, stoppingToken).ConfigureAwait(false);
                if (job is null)
                {
                    await Task.Delay(IdlePoll, stoppingToken).ConfigureAwait(false);
                    continue;
                }
                await RunAsync(handler, job, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The queue itself failed (the database is busy or gone): wait and try again.
                logger.LogError(e, "the {Kind} slot could not reach the job queue", handler.Kind);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task RunAsync(IJobHandler handler, ClaimedJob job, CancellationToken stoppingToken)
    {
        if (job.Attempt > options.MaxAttempts)
        {
            // Started as often as allowed, each time by a process that died with it: it is not started again.
            await GiveUpAsync(handler, job, "the server stopped during every attempt", stoppingToken).ConfigureAwait(false);
            return;
        }
        Interlocked.Increment(ref _busy);
        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewal = RenewAsync(job, renewing.Token);
        try
        {
            await handler.RunAsync(job, stoppingToken).ConfigureAwait(false);
            await queue.CompleteAsync(job, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            var error = JobErrors.Of(e);
            logger.LogWarning(e, "{Kind} job {Id} (attempt {Attempt}) failed", job.Kind, job.Id, job.Attempt);
            // The last attempt: its match or version is settled as failed before the queue lets go of the job, so a
            // crash in between leaves a job to settle again, never a match nobody will settle.
            if (job.Attempt >= options.MaxAttempts) await handler.GiveUpAsync(job, error, stoppingToken).ConfigureAwait(false);
            await queue.FailAsync(job, error, stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            await renewing.CancelAsync().ConfigureAwait(false);
            await renewal.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            Interlocked.Decrement(ref _busy);
        }
    }

    private async Task GiveUpAsync(IJobHandler handler, ClaimedJob job, string error, CancellationToken stoppingToken)
    {
        await handler.GiveUpAsync(job, error, stoppingToken).ConfigureAwait(false);
        await queue.FailAsync(job, error, stoppingToken).ConfigureAwait(false);
    }

    private async Task RenewAsync(ClaimedJob job, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.JobLease / 3);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            await queue.RenewAsync(job, _owner, cancellationToken).ConfigureAwait(false);
    }
}
