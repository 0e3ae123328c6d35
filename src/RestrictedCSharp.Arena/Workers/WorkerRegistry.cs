namespace RestrictedCSharp.Arena.Workers;

/// <summary>A worker as the server last heard of it.</summary>
public sealed record WorkerSeen(string Name, int Slots, int Busy, long JobsDone, DateTime LastSeen);

/// <summary>
/// The workers the server has heard from (in memory: a restarted server learns them again within one interval). A
/// worker not heard from for <see cref="MissedHeartbeats"/> intervals is gone. The table holds at most
/// <see cref="Capacity"/> workers: a leaked key sending heartbeats under ever new names cannot grow the server's
/// memory; once it is full of live workers a new name is refused until one goes.
/// </summary>
public sealed class WorkerRegistry(TimeProvider clock)
{
    public const int DefaultCapacity = 1000;

    public const int MissedHeartbeats = 3;

    private readonly Dictionary<string, WorkerSeen> _workers = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public WorkerRegistry(TimeProvider clock, int capacity) : this(clock) =>
        Capacity = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "at least one worker");

    public int Capacity { get; } = DefaultCapacity;

    /// <summary>How long a worker is live after its last heartbeat.</summary>
    public static TimeSpan LiveFor => MissedHeartbeats * WorkerHeartbeat.Interval;

    /// <summary>Records a (valid) report; false when the table is full of live workers and this is a new name.</summary>
    public bool Record(WorkerHeartbeatReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var now = clock.GetUtcNow().UtcDateTime;
        var seen = new WorkerSeen(report.Name!, report.Slots, report.Busy, report.JobsDone, now);
        lock (_gate)
        {
            if (_workers.ContainsKey(seen.Name) || _workers.Count < Capacity)
            {
                _workers[seen.Name] = seen;
                return true;
            }
            RemoveGone(now);
            if (_workers.Count >= Capacity) return false;
            _workers[seen.Name] = seen;
            return true;
        }
    }

    /// <summary>The live workers, by name.</summary>
    public IReadOnlyList<WorkerSeen> Live()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        lock (_gate)
        {
            RemoveGone(now);
            return [.. _workers.Values.OrderBy(w => w.Name, StringComparer.Ordinal)];
        }
    }

    /// <summary>Entries held, live or not yet pruned (for the bound's tests).</summary>
    public int Count
    {
        get
        {
            lock (_gate) return _workers.Count;
        }
    }

    private void RemoveGone(DateTime now)
    {
        var cutoff = now - LiveFor;
        foreach (var gone in _workers.Values.Where(w => w.LastSeen < cutoff).Select(w => w.Name).ToList()) _workers.Remove(gone);
    }
}
