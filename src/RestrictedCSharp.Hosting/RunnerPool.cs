using System.Collections.Concurrent;

namespace RestrictedCSharp.Hosting;

/// <summary>
/// A warm pool of runners of one <see cref="RunnerSettings"/>: started, locked down, waiting for a bot.
/// Acquiring takes a ready runner at once and a background loop starts its replacement, one process at a
/// time so that refilling never floods the machine. Only when the pool is empty (more bots at once than
/// runners kept warm, or right after creation) does an acquire start a process itself. Runners are never
/// returned: each serves one bot and is then disposed.
/// </summary>
public sealed class RunnerPool : IAsyncDisposable
{
    private readonly ConcurrentQueue<RunnerProcess> _ready = new();
    private readonly SemaphoreSlim _refillSignal = new(0);
    private readonly CancellationTokenSource _disposing = new();
    private readonly Task _refillLoop;
    private int _coldStarts;
    private int _warmAcquires;
    private volatile Exception? _lastStartFailure;

    /// <param name="settings">How the pool's runners are started.</param>
    /// <param name="warmRunners">How many ready runners to keep; 0 starts every runner on demand.</param>
    public RunnerPool(RunnerSettings settings, int warmRunners = 2)
    {
        settings.Validate();
        ArgumentOutOfRangeException.ThrowIfNegative(warmRunners);
        Settings = settings;
        WarmRunners = warmRunners;
        _refillLoop = warmRunners == 0 ? Task.CompletedTask : Task.Run(RefillLoopAsync);
    }

    public RunnerSettings Settings { get; }

    public int WarmRunners { get; }

    /// <summary>Runners ready to be acquired now.</summary>
    public int Available => _ready.Count;

    /// <summary>Acquires that had to start a process themselves.</summary>
    public int ColdStarts => Volatile.Read(ref _coldStarts);

    /// <summary>Acquires served by a runner that was already ready.</summary>
    public int WarmAcquires => Volatile.Read(ref _warmAcquires);

    /// <summary>Why the last background start failed, if it did (the pool stops refilling until the next acquire).</summary>
    public Exception? LastStartFailure => _lastStartFailure;

    /// <summary>The runners waiting to be acquired (for inspection).</summary>
    internal IEnumerable<RunnerProcess> WaitingRunners => _ready;

    /// <summary>A ready runner; warm when one is available, else started now.</summary>
    /// <exception cref="RunnerStartException">No runner could be started on this machine with these settings.</exception>
    public async Task<RunnerProcess> AcquireAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposing.IsCancellationRequested, this);
        while (_ready.TryDequeue(out var runner))
        {
            _refillSignal.Release();
            if (runner.IsUsable)
            {
                Interlocked.Increment(ref _warmAcquires);
                return runner;
            }
            await runner.DisposeAsync().ConfigureAwait(false); // died while waiting
        }
        _refillSignal.Release();
        Interlocked.Increment(ref _coldStarts);
        return await RunnerProcess.StartAsync(Settings, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits until the pool holds its full count of ready runners (or the timeout passes).</summary>
    public async Task<bool> WaitUntilWarmAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (_ready.Count < WarmRunners)
        {
            if (DateTime.UtcNow >= deadline || _lastStartFailure is not null) return false;
            await Task.Delay(10, cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    private async Task RefillLoopAsync()
    {
        var token = _disposing.Token;
        try
        {
            while (!token.IsCancellationRequested)
            {
                if (_ready.Count >= WarmRunners)
                {
                    await _refillSignal.WaitAsync(token).ConfigureAwait(false);
                    continue;
                }
                try
                {
                    var runner = await RunnerProcess.StartAsync(Settings, token).ConfigureAwait(false);
                    _lastStartFailure = null;
                    _ready.Enqueue(runner);
                    if (token.IsCancellationRequested) await DrainAsync().ConfigureAwait(false);
                }
                catch (RunnerStartException e)
                {
                    // Starting fails for a reason of the machine; do not spin: wait for the next acquire.
                    _lastStartFailure = e;
                    await _refillSignal.WaitAsync(token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task DrainAsync()
    {
        var disposals = new List<Task>();
        while (_ready.TryDequeue(out var runner)) disposals.Add(runner.DisposeAsync().AsTask());
        await Task.WhenAll(disposals).ConfigureAwait(false);
    }

    /// <summary>Stops refilling and disposes the runners still waiting. Acquired runners belong to their bots.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposing.IsCancellationRequested) return;
        _disposing.Cancel();
        await Task.WhenAny(_refillLoop, Task.Delay(TimeSpan.FromSeconds(20))).ConfigureAwait(false);
        await DrainAsync().ConfigureAwait(false);
        _disposing.Dispose();
    }
}
