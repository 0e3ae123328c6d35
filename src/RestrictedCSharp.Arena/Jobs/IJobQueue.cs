namespace RestrictedCSharp.Arena.Jobs;

/// <summary>A job a slot has claimed: what to do, and which attempt this is.</summary>
public sealed record ClaimedJob(long Id, string Kind, long Payload, int Attempt);

/// <summary>
/// The queue of judge and match jobs. A claimed job is leased: if its slot neither renews nor settles it before
/// the lease ends (the process died), it is claimed again. This is the embedded mode's queue, in the database; with a
/// broker the same table is the outbox of orders, and the broker's consumers run the jobs (Jobs.Broker).
/// </summary>
public interface IJobQueue
{
    Task EnqueueAsync(string kind, long payload, CancellationToken cancellationToken);

    /// <summary>The oldest waiting (or abandoned) job of that kind, leased to <paramref name="owner"/>; null when there is none.</summary>
    Task<ClaimedJob?> ClaimAsync(string kind, string owner, CancellationToken cancellationToken);

    /// <summary>Extends the lease; false when the job is no longer this owner's.</summary>
    Task<bool> RenewAsync(ClaimedJob job, string owner, CancellationToken cancellationToken);

    Task CompleteAsync(ClaimedJob job, CancellationToken cancellationToken);

    /// <summary>
    /// Gives the job back for another attempt, or marks it failed when it has had them all (<see cref="ArenaOptions.MaxAttempts"/>);
    /// true when it will run again. Before the last one the caller has settled what the job is about.
    /// </summary>
    Task<bool> FailAsync(ClaimedJob job, string error, CancellationToken cancellationToken);

    /// <summary>At start-up: jobs left running by a previous process are waiting again.</summary>
    Task RecoverAsync(CancellationToken cancellationToken);
}
