using System.Diagnostics;
using System.Globalization;
using RestrictedCSharp.Sandbox;

namespace RestrictedCSharp.Judging;

/// <summary>
/// Judges each submission in a compile worker of its own: a separate process, locked down like a runner (no
/// network, no writes, read-only access to the runtime, its own folder and the game's API and rules), started per
/// request, bounded by a wall-clock deadline and a memory ceiling, and killed (with anything it started) when it
/// passes either. Roslyn on hostile source (deep nesting, exponential binding) can only exhaust that process.
/// Never throws for a bad request, a dead or misbehaving worker, or a reply that is not one: those are
/// <see cref="JudgeVerdict.Failed"/> with the reason. Cancellation by the caller kills the worker and throws.
/// With <see cref="SandboxedJudgeOptions.PoolSize"/> set, a judgement takes a warm worker when one is ready (one
/// started ahead of need, Roslyn already loaded: see <see cref="WorkerPool"/>) and a cold one otherwise; either
/// judges that one request only. Disposing kills the idle workers and any worker still judging.
/// </summary>
public sealed class SandboxedJudge : ISubmissionJudge, IDisposable
{
    private static readonly TimeSpan MemoryPoll = TimeSpan.FromMilliseconds(50);

    private readonly SandboxedJudgeOptions _options;
    private readonly WorkerPool? _pool;
    private readonly CancellationTokenSource _disposed = new();
    private readonly SemaphoreSlim _workers;
    private int _warmJudgements;

    public SandboxedJudge(SandboxedJudgeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _workers = new SemaphoreSlim(options.MaxWorkers, options.MaxWorkers);
        if (options.PoolSize > 0 && options.Games is { Count: > 0 } games && File.Exists(options.ResolvedWorkerPath))
        {
            _pool = new WorkerPool(games, options.PoolSize, game => JudgeWorker.Start(WorkerStartInfo(game, warm: true), options.StderrBytes),
                options.Deadline, options.PoolIdleLifetime, (long)options.MemoryMegabytes << 20);
        }
    }

    /// <summary>The pool of warm workers, if there is one (for tests).</summary>
    internal WorkerPool? Pool => _pool;

    /// <summary>Called with each worker's process id as it is given its request (for tests).</summary>
    internal event Action<int, bool>? WorkerGiven;

    /// <summary>Judgements that were given a warm worker (for tests).</summary>
    internal int WarmJudgements => Volatile.Read(ref _warmJudgements);

    /// <summary>Kills the idle workers and ends the judgements in progress (they answer <see cref="JudgeVerdict.Failed"/>).</summary>
    public void Dispose()
    {
        if (_disposed.IsCancellationRequested) return;
        _disposed.Cancel();
        _pool?.Dispose();
    }

    public async Task<Judgement> JudgeAsync(JudgeRequest request, CancellationToken cancellationToken)
    {
        try
        {
            if (RequestCheck.Problem(request, _options) is { } problem) return Failed($"bad request: {problem}");
            var payload = JudgingJson.WriteRequest(request);
            if (payload.Length > _options.MaxRequestBytes)
                return Failed($"bad request: {payload.Length} bytes, more than {_options.MaxRequestBytes}");
            WorkerOutput reply;
            using (var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposed.Token))
            {
                try
                {
                    await _workers.WaitAsync(waiting.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    return Failed("the judge was disposed");
                }
            }
            try
            {
                reply = await RunWorkerAsync(request.Game, payload, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _workers.Release();
            }
            return reply.Failure is { } failure ? Failed(failure) : JudgingJson.ReadJudgement(reply.Bytes!, request.Mode);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            return Failed($"the compile worker could not be run: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>How the worker is started for <paramref name="game"/>: <c>dotnet</c>, its dll and its arguments, with
    /// the runtime's environment only and the heap ceiling.</summary>
    internal ProcessStartInfo WorkerStartInfo(string game, IEnumerable<string>? extraArguments = null, bool warm = false)
    {
        // A warm worker spends its warm-up (bounded by the deadline too) before its request: the backstop counts both.
        var cpuSeconds = (int)Math.Ceiling(_options.Deadline.TotalSeconds * (warm ? 2 : 1) * Environment.ProcessorCount) + 1;
        var arguments = new List<string>
        {
            "--games", Path.GetFullPath(_options.GameRegistryPath),
            "--game", game,
            "--cpu-seconds", cpuSeconds.ToString(CultureInfo.InvariantCulture),
            "--max-request-bytes", _options.MaxRequestBytes.ToString(CultureInfo.InvariantCulture),
        };
        if (_options.RequireSandbox) arguments.Add("--require-sandbox");
        if (warm) arguments.Add("--warm");
        arguments.AddRange(extraArguments ?? []);
        return SandboxedProcessStart.ForDotnetApp(_options.ResolvedWorkerPath, arguments,
            new SandboxedProcessOptions { GcHeapHardLimitBytes = (long)_options.MemoryMegabytes * 3 / 4 << 20 });
    }

    private async Task<WorkerOutput> RunWorkerAsync(string game, byte[] payload, CancellationToken cancellationToken)
    {
        var workerPath = _options.ResolvedWorkerPath;
        if (!File.Exists(workerPath)) return WorkerOutput.Failing($"the compile worker was not found at {workerPath}");

        if (_disposed.IsCancellationRequested) return WorkerOutput.Failing("the judge was disposed");

        var warm = _pool?.TryTake(game);
        using var worker = warm ?? JudgeWorker.Start(WorkerStartInfo(game), _options.StderrBytes);
        // One request per worker, whichever way it came (the pool hands a worker out once and forgets it): a hostile
        // submission never shares a process with another.
        if (warm is not null) Interlocked.Increment(ref _warmJudgements);
        WorkerGiven?.Invoke(worker.Id, warm is not null);
        var process = worker.Process;
        var ending = worker.Ending;
        // The deadline and the memory ceiling are the request's: they run from here, the warm-up is not charged.
        using var deadline = new CancellationTokenSource(_options.Deadline);
        using var onDeadline = deadline.Token.Register(() => ending.Kill(
            $"the compile worker passed its deadline of {_options.Deadline.TotalSeconds:0.#} s and was killed"));
        using var onCancel = cancellationToken.Register(() => ending.Kill("the judgement was cancelled"));
        using var onDispose = _disposed.Token.Register(() => ending.Kill("the judge was disposed"));

        var reply = BoundedRead.AllAsync(process.StandardOutput.BaseStream, _options.MaxReplyBytes,
            () => ending.Kill($"the compile worker's reply passed {_options.MaxReplyBytes} bytes; it was killed"));
        var stderr = worker.Stderr;
        var send = SendAsync(process.StandardInput.BaseStream, payload);
        var watch = WatchMemoryAsync(process.Id, ending);

        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        ending.Exited();
        var bytes = await reply.ConfigureAwait(false);
        var tail = await stderr.ConfigureAwait(false);
        await send.ConfigureAwait(false);
        await watch.ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();

        if (ending.Reason is { } reason) return WorkerOutput.Failing(WithStderr(reason, tail));
        if (process.ExitCode != 0 && bytes is { Length: 0 })
        {
            var how = process.ExitCode is > 128 and < 160
                ? $"the compile worker was ended by signal {process.ExitCode - 128}"
                : $"the compile worker exited with code {process.ExitCode}";
            return WorkerOutput.Failing(WithStderr(how + " without a reply", tail));
        }
        return new WorkerOutput(bytes, null);
    }

    private static async Task SendAsync(Stream input, byte[] payload)
    {
        try
        {
            await input.WriteAsync(payload).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The worker ended before reading it all; its exit says why.
        }
        finally
        {
            try
            {
                input.Close();
            }
            catch (IOException)
            {
            }
        }
    }

    private async Task WatchMemoryAsync(int processId, WorkerEnding ending)
    {
        var limit = (long)_options.MemoryMegabytes << 20;
        while (!ending.HasExited)
        {
            if (ProcessMemory.ResidentBytes(processId) is { } resident && resident > limit)
            {
                ending.Kill($"the compile worker's resident set reached {resident >> 20} MiB, over its ceiling of {_options.MemoryMegabytes} MiB; it was killed");
                return;
            }
            await Task.Delay(MemoryPoll).ConfigureAwait(false);
        }
    }

    private static string WithStderr(string text, string stderr) => stderr.Length == 0 ? text : $"{text}; stderr: {stderr}";

    private static Judgement Failed(string reason) => new(JudgeVerdict.Failed, "", null, reason);

    private sealed record WorkerOutput(byte[]? Bytes, string? Failure)
    {
        public static WorkerOutput Failing(string failure) => new(null, failure);
    }
}
