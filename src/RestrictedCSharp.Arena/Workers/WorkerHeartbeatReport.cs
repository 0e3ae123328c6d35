namespace RestrictedCSharp.Arena.Workers;

/// <summary>
/// What a worker says of itself every <see cref="WorkerHeartbeat.Interval"/> (<c>POST /api/workers/heartbeat</c>).
/// The server takes it as hostile (a worker key can leak): <see cref="Problem"/> says what is wrong with it.
/// </summary>
public sealed record WorkerHeartbeatReport(string? Name, int Slots, int Busy, long JobsDone)
{
    public const int MaxNameLength = 64;

    /// <summary>More slots than any one machine runs: a report beyond it is a lie, refused.</summary>
    public const int MaxSlots = 1024;

    /// <summary>The largest body the endpoint reads, in bytes (a report is well under 200).</summary>
    public const int MaxBodyBytes = 1024;

    /// <summary>What makes the report unacceptable, or null when it is well formed.</summary>
    public string? Problem()
    {
        if (Name is null || Name.Length is 0 or > MaxNameLength) return $"the worker's name must be 1 to {MaxNameLength} characters";
        // Printable ASCII only: a name is shown to the operator and written to the log; no control, no invisible character.
        if (Name.Any(c => c is < ' ' or > '~') || string.IsNullOrWhiteSpace(Name)) return "the worker's name must be printable ASCII characters";
        if (Slots is < 0 or > MaxSlots) return $"slots must be 0 to {MaxSlots}";
        if (Busy < 0 || Busy > Slots) return "busy must be 0 to the worker's slots";
        if (JobsDone < 0) return "jobsDone must not be negative";
        return null;
    }
}
