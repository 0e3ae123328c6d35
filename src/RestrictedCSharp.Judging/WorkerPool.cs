using System.Diagnostics;
using RestrictedCSharp.Sandbox;

namespace RestrictedCSharp.Judging;

/// <summary>
/// Warm compile workers, started ahead of need: up to <c>size</c> per game, each started with <c>--warm</c> (it locks
/// itself down, builds a source of its own so that Roslyn is loaded and compiled, writes its ready marker and waits
/// for its one request). <see cref="TryTake"/> hands a ready worker to one judgement, never to two, and starts its
/// replacement in the background. An idle worker is bounded: its warm-up by the judge's deadline, its resident set by
/// the memory ceiling, its idle life by a lifetime; past any of them it is killed and replaced (after a pause when it
/// never became ready, so that a broken worker is not restarted in a loop). Disposing kills every idle worker.
/// </summary>
internal sealed class WorkerPool : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(30);

    private readonly Func<string, JudgeWorker> _start;
    private readonly int _size;
    private readonly TimeSpan _warmUpDeadline;
    private readonly TimeSpan _lifetime;
    private readonly long _memoryLimit;
    private readonly object _lock = new();
    private readonly Dictionary<string, List<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _failures = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _disposed = new();

    public WorkerPool(IEnumerable<string> games, int size, Func<string, JudgeWorker> start, TimeSpan warmUpDeadline, TimeSpan lifetime, long memoryLimitBytes)
    {
        _start = start;
        _size = size;
        _warmUpDeadline = warmUpDeadline;
        _lifetime = lifetime;
        _memoryLimit = memoryLimitBytes;
        foreach (var game in games)
        {
            _entries[game] = [];
            Fill(game);
        }
    }

    /// <summary>A ready worker of <paramref name="game"/>, now the caller's alone, or null when none is ready.</summary>
    public JudgeWorker? TryTake(string game)
    {
        JudgeWorker? taken = null;
        lock (_lock)
        {
            if (_disposed.IsCancellationRequested || !_entries.TryGetValue(game, out var entries)) return null;
            foreach (var entry in entries)
            {
                if (!entry.Ready || entry.Worker is not { } worker || worker.HasExited) continue;
                entries.Remove(entry);
                entry.Taken = true;
                taken = worker;
                break;
            }
        }
        if (taken is not null) Fill(game);
        return taken;
    }

    /// <summary>The process ids of the ready idle workers of <paramref name="game"/> (for tests).</summary>
    internal IReadOnlyList<int> ReadyIds(string game)
    {
        lock (_lock)
        {
            return _entries.TryGetValue(game, out var entries)
                ? [.. entries.Where(e => e.Ready && e.Worker is not null).Select(e => e.Worker!.Id)]
                : [];
        }
    }

    /// <summary>The process ids of every idle worker, warming or ready (for tests).</summary>
    internal IReadOnlyList<int> AllIds()
    {
        lock (_lock)
        {
            return [.. _entries.Values.SelectMany(e => e).Where(e => e.Worker is not null).Select(e => e.Worker!.Id)];
        }
    }

    private void Fill(string game, TimeSpan pause = default)
    {
        var added = new List<Entry>();
        lock (_lock)
        {
            if (_disposed.IsCancellationRequested) return;
            var entries = _entries[game];
            while (entries.Count < _size)
            {
                var entry = new Entry();
                entries.Add(entry);
                added.Add(entry);
            }
        }
        foreach (var entry in added) _ = Task.Run(() => KeepAsync(game, entry, pause));
    }

    /// <summary>Starts the entry's worker, waits for it to be ready, and watches it while it is idle.</summary>
    private async Task KeepAsync(string game, Entry entry, TimeSpan pause)
    {
        var token = _disposed.Token;
        try
        {
            if (pause > TimeSpan.Zero) await Task.Delay(pause, token).ConfigureAwait(false);
            var worker = _start(game);
            lock (_lock)
            {
                entry.Worker = worker;
                if (_disposed.IsCancellationRequested)
                {
                    worker.Ending.Kill("the judge was disposed");
                    return;
                }
            }

            // A pipe's read is not reliably cancellable: the deadline kills the worker, which ends the read.
            var ready = worker.ReadyAsync(CancellationToken.None);
            if (await Task.WhenAny(ready, Task.Delay(_warmUpDeadline, token)).ConfigureAwait(false) != ready || !await ready.ConfigureAwait(false))
            {
                Retire(game, entry, "the warm worker did not become ready", failed: true);
                return;
            }
            lock (_lock)
            {
                entry.Ready = true;
                _failures[game] = 0;
            }

            while (!token.IsCancellationRequested)
            {
                await Task.Delay(Poll, token).ConfigureAwait(false);
                lock (_lock)
                {
                    if (entry.Taken) return;
                }
                if (worker.HasExited)
                {
                    Retire(game, entry, "the idle worker ended", failed: false);
                    return;
                }
                if (ProcessMemory.ResidentBytes(worker.Id) is { } resident && resident > _memoryLimit)
                {
                    Retire(game, entry, $"the idle worker's resident set reached {resident >> 20} MiB", failed: true);
                    return;
                }
                if (Stopwatch.GetElapsedTime(worker.Started) > _lifetime)
                {
                    Retire(game, entry, "the idle worker reached its lifetime", failed: false);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        catch (Exception)
        {
            // The worker could not be started (its dll is gone, the machine is out of processes): try again later.
            Retire(game, entry, "the warm worker could not be started", failed: true);
        }
    }

    private void Retire(string game, Entry entry, string reason, bool failed)
    {
        TimeSpan pause;
        lock (_lock)
        {
            if (entry.Taken) return;
            _entries[game].Remove(entry);
            var failures = failed ? _failures[game] = _failures.GetValueOrDefault(game) + 1 : 0;
            pause = failures == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(MaxPause.TotalSeconds, Math.Pow(2, failures - 1)));
        }
        if (entry.Worker is { } worker)
        {
            worker.Ending.Kill(reason);
            _ = worker.Process.WaitForExitAsync().ContinueWith(_ => worker.Dispose(), TaskScheduler.Default);
        }
        Fill(game, pause);
    }

    /// <summary>Kills every idle worker (warming or ready) and starts no more.</summary>
    public void Dispose()
    {
        List<JudgeWorker> idle;
        lock (_lock)
        {
            if (_disposed.IsCancellationRequested) return;
            _disposed.Cancel();
            idle = [.. _entries.Values.SelectMany(e => e).Where(e => !e.Taken && e.Worker is not null).Select(e => e.Worker!)];
            foreach (var entries in _entries.Values) entries.Clear();
        }
        foreach (var worker in idle)
        {
            worker.Ending.Kill("the judge was disposed");
            try
            {
                worker.Process.WaitForExit(TimeSpan.FromSeconds(5));
            }
            catch (InvalidOperationException)
            {
            }
            worker.Dispose();
        }
    }

    private sealed class Entry
    {
        public JudgeWorker? Worker { get; set; }

        public bool Ready { get; set; }

        public bool Taken { get; set; }
    }
}
