namespace RestrictedCSharp.Hosting;

/// <summary>
/// Watches one exchange with a runner: when the wall-clock deadline passes or the process's resident set
/// grows past its ceiling, it kills the process (closing the pipes, which ends any read or write on them)
/// and remembers why. One timer per runner, armed per exchange, so a fast call costs no allocation.
/// </summary>
internal sealed class CallWatch : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    private readonly Timer _timer;
    private readonly Action _kill;
    private readonly Func<long?> _residentBytes;
    private readonly object _gate = new();
    private long _deadlineTimestamp;
    private long _residentLimit;
    private bool _armed;

    public CallWatch(Action kill, Func<long?> residentBytes)
    {
        _kill = kill;
        _residentBytes = residentBytes;
        _timer = new Timer(static state => ((CallWatch)state!).Check(), this, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>Why the watch killed the process during the current exchange, if it did.</summary>
    public WatchVerdict Verdict { get; private set; }

    /// <summary>The resident set at the kill, for the report.</summary>
    public long ResidentAtKill { get; private set; }

    public void Arm(TimeSpan deadline, long residentLimitBytes)
    {
        lock (_gate)
        {
            Verdict = WatchVerdict.None;
            _deadlineTimestamp = TimeProvider.System.GetTimestamp() + (long)(deadline.TotalSeconds * TimeProvider.System.TimestampFrequency);
            _residentLimit = residentLimitBytes;
            _armed = true;
            var first = deadline < PollInterval ? deadline : PollInterval;
            _timer.Change(first, PollInterval);
        }
    }

    public void Disarm()
    {
        lock (_gate)
        {
            _armed = false;
            _timer.Change(Timeout.Infinite, Timeout.Infinite);
        }
    }

    private void Check()
    {
        try
        {
            CheckNow();
        }
        catch (Exception)
        {
            // A timer callback that throws would end the host. The watch cannot judge the runner: end it.
            _kill();
        }
    }

    private void CheckNow()
    {
        lock (_gate)
        {
            if (!_armed || Verdict != WatchVerdict.None) return;
            if (_residentLimit > 0 && _residentBytes() is { } resident && resident > _residentLimit)
            {
                Verdict = WatchVerdict.MemoryLimit;
                ResidentAtKill = resident;
            }
            else if (TimeProvider.System.GetTimestamp() >= _deadlineTimestamp)
            {
                Verdict = WatchVerdict.Timeout;
            }
            else
            {
                var remaining = TimeProvider.System.GetElapsedTime(TimeProvider.System.GetTimestamp(), _deadlineTimestamp);
                if (remaining < PollInterval) _timer.Change(remaining, PollInterval);
                return;
            }
        }
        _kill();
    }

    public void Dispose() => _timer.Dispose();
}

internal enum WatchVerdict
{
    None,
    Timeout,
    MemoryLimit,
}
