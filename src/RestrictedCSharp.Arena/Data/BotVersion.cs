namespace RestrictedCSharp.Arena.Data;

/// <summary>
/// One submitted version of a bot (its id is the submission's): the files as sent, and how it was judged: the
/// report (the object <c>rcsc check --format json</c> prints) and, when accepted, the content hash of its artifact.
/// </summary>
public sealed class BotVersion
{
    public long Id { get; set; }

    public long BotId { get; set; }

    public Bot? Bot { get; set; }

    public int Number { get; set; }

    /// <summary>One of <see cref="SubmissionStatus"/>'s values.</summary>
    public required string Status { get; set; }

    /// <summary>The files as submitted, as JSON: <c>[{"name", "text"}]</c>.</summary>
    public required string FilesJson { get; set; }

    public string? ReportJson { get; set; }

    public string? ArtifactHash { get; set; }

    /// <summary>Why the judge gave no verdict (its worker died or ran out of time), when it did not.</summary>
    public string? Failure { get; set; }

    public DateTime SubmittedAt { get; set; }

    public DateTime? JudgedAt { get; set; }
}

/// <summary>A submission's status, as the API names it.</summary>
public static class SubmissionStatus
{
    public const string Queued = "queued";
    public const string Validating = "validating";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
}
