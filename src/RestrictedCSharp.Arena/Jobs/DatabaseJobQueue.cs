using Microsoft.EntityFrameworkCore;
using RestrictedCSharp.Arena.Data;

namespace RestrictedCSharp.Arena.Jobs;

/// <summary>
/// The embedded queue: the <c>jobs</c> table. A claim is one conditional UPDATE (state and lease as read), so two
/// slots never both win the same job, on SQLite as on a server database.
/// </summary>
public sealed class DatabaseJobQueue(IDbContextFactory<ArenaDb> databases, ArenaOptions options, TimeProvider clock) : IJobQueue
{
    public async Task EnqueueAsync(string kind, long payload, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.Jobs.Add(NewJob(kind, payload, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A waiting job, to add in the same transaction as what it is about.</summary>
    public static Job NewJob(string kind, long payload, DateTime now) =>
        new() { Kind = kind, Payload = payload, State = JobState.Queued, CreatedAt = now };

    public async Task<ClaimedJob?> ClaimAsync(string kind, string owner, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        for (var tries = 0; tries < 5; tries++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var candidate = await db.Jobs.AsNoTracking()
                .Where(j => j.Kind == kind && (j.State == JobState.Queued || (j.State == JobState.Running && j.LeaseUntil < now)))
                .OrderBy(j => j.Id)
                .Select(j => new { j.Id, j.State, j.LeaseUntil, j.Attempts, j.Payload })
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (candidate is null) return null;
            var until = now + options.JobLease;
            var won = await db.Jobs
                .Where(j => j.Id == candidate.Id && j.State == candidate.State && j.LeaseUntil == candidate.LeaseUntil && j.Attempts == candidate.Attempts)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.State, JobState.Running)
                    .SetProperty(j => j.LeaseOwner, owner)
                    .SetProperty(j => j.LeaseUntil, until)
                    .SetProperty(j => j.Attempts, candidate.Attempts + 1), cancellationToken).ConfigureAwait(false);
            if (won == 1) return new ClaimedJob(candidate.Id, kind, candidate.Payload, candidate.Attempts + 1);
        }
        return null;
    }

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
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Jobs.Where(j => j.Id == job.Id)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, JobState.Done)
                .SetProperty(j => j.LeaseOwner, (string?)null)
                .SetProperty(j => j.LeaseUntil, (DateTime?)null)
                .SetProperty(j => j.FinishedAt, now), cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> FailAsync(ClaimedJob job, string error, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var again = job.Attempt < options.MaxAttempts;
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Jobs.Where(j => j.Id == job.Id)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, again ? JobState.Queued : JobState.Failed)
                .SetProperty(j => j.LeaseOwner, (string?)null)
                .SetProperty(j => j.LeaseUntil, (DateTime?)null)
                .SetProperty(j => j.LastError, error)
                .SetProperty(j => j.FinishedAt, again ? null : now), cancellationToken).ConfigureAwait(false);
        return again;
    }

    /// <summary>
    /// The embedded server is the only process that runs jobs, so at its start every job still marked running was
    /// left by a process that died: it waits again (its attempt counted, so a job that kills the server is given up).
    /// </summary>
    public async Task RecoverAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.Jobs.Where(j => j.State == JobState.Running)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, JobState.Queued)
                .SetProperty(j => j.LeaseOwner, (string?)null)
                .SetProperty(j => j.LeaseUntil, (DateTime?)null), cancellationToken).ConfigureAwait(false);
    }
}
