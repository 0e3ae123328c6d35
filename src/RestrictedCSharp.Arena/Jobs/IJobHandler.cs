namespace RestrictedCSharp.Arena.Jobs;

/// <summary>Does one kind of job. Running the same job twice has the effect of running it once.</summary>
public interface IJobHandler
{
    string Kind { get; }

    /// <summary>Does the job; throws to have it tried again (up to the attempts allowed).</summary>
    Task RunAsync(ClaimedJob job, CancellationToken cancellationToken);

    /// <summary>The job failed its last attempt: records why on what it was about.</summary>
    Task GiveUpAsync(ClaimedJob job, string error, CancellationToken cancellationToken);
}
