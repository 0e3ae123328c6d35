namespace RestrictedCSharp.Arena.Jobs;

/// <summary>What executing an order gave: one of <see cref="Match"/> or <see cref="Judge"/>, for the job and subject of the order.</summary>
public sealed record JobOutcome(long Job, string Kind, long Subject, string Worker, MatchOutcome? Match, JudgeOutcome? Judge);

/// <summary>
/// A played match: the seats as ordered, and the result as the arena records it (the result JSON without and with
/// the replay, <see cref="RestrictedCSharp.Matches.Results.MatchJson"/>: seeds as strings).
/// </summary>
public sealed record MatchOutcome(IReadOnlyList<SeatOrder> Seats, string Summary, string Replay);

/// <summary>
/// A judgement: <see cref="Accepted"/> with the build (the assembly and its manifest's bytes, base64 on the wire,
/// checked against <see cref="Artifact"/> by the server before it keeps them), or rejected with the report.
/// </summary>
public sealed record JudgeOutcome(bool Accepted, string ReportJson, string? Artifact, byte[]? Assembly, byte[]? Manifest);

/// <summary>An attempt that failed on a worker, reported for the operator's record (the order itself goes back to its queue).</summary>
public sealed record AttemptFailed(long Job, string Kind, long Subject, int Attempt, string Worker, string Error);
