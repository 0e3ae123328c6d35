namespace RestrictedCSharp.Arena.Data;

/// <summary>
/// A job of the persisted queue: what to do (<see cref="Kind"/> and its <see cref="Payload"/>, the id it is about),
/// its state, how many times it was started, and the lease of the slot that runs it. A job whose lease ran out is
/// claimed again, so a restart resumes queued and running jobs.
/// </summary>
public sealed class Job
{
    public long Id { get; set; }

    /// <summary>One of <see cref="JobKind"/>'s values.</summary>
    public required string Kind { get; set; }

    public long Payload { get; set; }

    /// <summary>One of <see cref="JobState"/>'s values.</summary>
    public required string State { get; set; }

    public int Attempts { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTime? LeaseUntil { get; set; }

    public string? LastError { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? FinishedAt { get; set; }
}

public static class JobKind
{
    /// <summary>Build-judge a submitted version (payload: the version's id).</summary>
    public const string Judge = "judge";

    /// <summary>Play a match (payload: the match's id).</summary>
    public const string Match = "match";
}

public static class JobState
{
    public const string Queued = "queued";

    /// <summary>On the broker's queue (<c>--broker</c>): published, waiting for a consumer.</summary>
    public const string Published = "published";

    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";
}
