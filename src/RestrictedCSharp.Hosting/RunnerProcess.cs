using System.Diagnostics;
using RestrictedCSharp.Protocol;
using RestrictedCSharp.Sandbox;

namespace RestrictedCSharp.Hosting;

/// <summary>
/// One runner process: started with a scrubbed environment and an empty working directory, locked down,
/// announced ready, and not yet given a bot, which comes as bytes in the load request: its sandbox reads no file
/// of the bot's. Every exchange with it is bounded by a deadline, after
/// which the process is killed; a dead, killed or misbehaving runner is never used again.
/// </summary>
public sealed class RunnerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly FrameWriter _requests;
    private readonly Action _kill;
    private readonly ReplyReader _output;
    private readonly StderrCapture _stderr;
    private readonly CallWatch _watch;
    private readonly SemaphoreSlim _exchangeGate = new(1, 1);
    private int _disposed;

    private RunnerProcess(Process process, int stderrBytes)
    {
        _process = process;
        ProcessId = process.Id;
        _input = process.StandardInput.BaseStream;
        _requests = new FrameWriter(_input, Frames.MaxRequestBytes);
        _output = new ReplyReader(process.StandardOutput.BaseStream);
        _stderr = new StderrCapture(process.StandardError.BaseStream, stderrBytes);
        _kill = Kill; // one delegate for the watch and every exchange's cancellation
        _watch = new CallWatch(_kill, () => ProcessMemory.ResidentBytes(ProcessId));
    }

    public int ProcessId { get; }

    /// <summary>The runner's lockdown, as it reported it.</summary>
    public SandboxReport Sandbox { get; private set; } = null!;

    /// <summary>False once the runner was killed, died, or broke the protocol.</summary>
    public bool IsUsable => Volatile.Read(ref _disposed) == 0 && !Broken && !HasExited;

    /// <summary>The process's resident set now, in bytes (null where it cannot be read).</summary>
    public long? ResidentBytes => ProcessMemory.ResidentBytes(ProcessId);

    internal bool Broken { get; private set; }

    private bool HasExited
    {
        get
        {
            try
            {
                return _process.HasExited;
            }
            catch (InvalidOperationException)
            {
                return true;
            }
        }
    }

    /// <summary>
    /// Starts a runner and waits for it to lock down and report ready.
    /// </summary>
    /// <exception cref="RunnerStartException">The runner did not start or report ready (e.g. the sandbox is
    /// required but incomplete, or the runner is missing) — a problem of this machine, not of a bot.</exception>
    public static async Task<RunnerProcess> StartAsync(RunnerSettings settings, CancellationToken cancellationToken = default)
    {
        settings.Validate();
        var runnerPath = settings.ResolvedRunnerPath;
        if (!File.Exists(runnerPath))
            throw new RunnerStartException($"The runner was not found at {runnerPath}.");

        var arguments = new List<string>();
        if (settings.RequireSandbox) arguments.Add("--require-sandbox");
        if (settings.CpuSeconds is { } cpu) arguments.AddRange(["--cpu-seconds", cpu.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        var startInfo = SandboxedProcessStart.ForDotnetApp(runnerPath, arguments, settings.ProcessOptions);

        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new RunnerStartException("The runner process did not start.");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            throw new RunnerStartException($"The runner process did not start: {e.Message}", e);
        }

        var runner = new RunnerProcess(process, settings.StderrBytes);
        try
        {
            var ready = await runner.ReceiveAsync(settings.StartTimeout, cancellationToken).ConfigureAwait(false);
            switch (ready.Reply)
            {
                case ReadyReply r:
                    runner.Sandbox = r.Sandbox;
                    return runner;
                case ErrorReply e:
                    throw new RunnerStartException($"The runner refused to start: {e.Message}");
                case null:
                    throw new RunnerStartException($"The runner did not report ready: {ready.Message}");
                default:
                    throw new RunnerStartException($"The runner sent {ready.Reply.GetType().Name} instead of ready.");
            }
        }
        catch
        {
            await runner.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Sends a request and waits for its reply, for at most <paramref name="deadline"/>, while watching the
    /// process's resident set against <paramref name="residentLimitBytes"/> (0: not watched). On any failure
    /// the process is killed and the exchange says why. Cancellation kills the process too.
    /// </summary>
    internal async Task<Exchange> ExchangeAsync(Request request, TimeSpan deadline, long residentLimitBytes, CancellationToken cancellationToken)
    {
        if (!await _exchangeGate.WaitAsync(deadline, cancellationToken).ConfigureAwait(false))
            return Exchange.Failed(CallOutcome.Timeout, "The runner was busy with another request until the deadline.", deadline.TotalMilliseconds);
        try
        {
            if (!IsUsable) return Exchange.Failed(CallOutcome.Crashed, await DescribeEndAsync().ConfigureAwait(false), 0);
            var clock = Stopwatch.StartNew();
            _watch.Arm(deadline, residentLimitBytes);
            try
            {
                using var cancel = cancellationToken.CanBeCanceled ? cancellationToken.Register(_kill) : default;
                _requests.Write(request);
                return await ReadReplyAsync(clock, ReplyReader.InlineWait, cancellationToken).ConfigureAwait(false);
            }
            catch (ProtocolException e) when (_watch.Verdict == WatchVerdict.None && !cancellationToken.IsCancellationRequested)
            {
                _watch.Disarm();
                Broken = true;
                Kill();
                return Exchange.Failed(CallOutcome.ProtocolError, $"The runner broke the protocol: {e.Message}", clock.Elapsed.TotalMilliseconds);
            }
            catch (Exception e) when (e is IOException or ProtocolException or ObjectDisposedException)
            {
                _watch.Disarm();
                cancellationToken.ThrowIfCancellationRequested();
                return await FailAsync(clock, e.Message).ConfigureAwait(false);
            }
        }
        finally
        {
            _exchangeGate.Release();
        }
    }

    /// <summary>Receives one unsolicited frame (the ready announcement) within <paramref name="deadline"/>.</summary>
    private async Task<Exchange> ReceiveAsync(TimeSpan deadline, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        _watch.Arm(deadline, 0);
        try
        {
            using var cancel = cancellationToken.Register(_kill);
            // A start takes hundreds of milliseconds: no thread waits for it inline.
            return await ReadReplyAsync(clock, TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ProtocolException or ObjectDisposedException)
        {
            _watch.Disarm();
            cancellationToken.ThrowIfCancellationRequested();
            return await FailAsync(clock, e.Message).ConfigureAwait(false);
        }
    }

    /// <summary>Reads and decodes the next reply, then disarms the watch (the caller armed it).</summary>
    private async Task<Exchange> ReadReplyAsync(Stopwatch clock, TimeSpan inlineWait, CancellationToken cancellationToken)
    {
        using var frame = await _output.ReadAsync(inlineWait).ConfigureAwait(false);
        _watch.Disarm();
        cancellationToken.ThrowIfCancellationRequested();
        if (frame is null) return await FailAsync(clock, "The runner closed its output.").ConfigureAwait(false);
        return Exchange.Replied(Messages.DecodeReply(frame.Payload), clock.Elapsed.TotalMilliseconds);
    }

    /// <summary>The reply did not come: classify by the watch's verdict, else the process died.</summary>
    private async Task<Exchange> FailAsync(Stopwatch clock, string detail)
    {
        Broken = true;
        Kill();
        var wallMs = clock.Elapsed.TotalMilliseconds;
        return _watch.Verdict switch
        {
            WatchVerdict.Timeout => Exchange.Failed(CallOutcome.Timeout,
                $"The call passed its wall-clock deadline after {wallMs:0} ms; the runner was killed.", wallMs),
            WatchVerdict.MemoryLimit => Exchange.Failed(CallOutcome.MemoryLimit,
                $"The runner's resident set reached {_watch.ResidentAtKill / (1024 * 1024)} MiB, over its ceiling; the runner was killed.", wallMs),
            _ => await CrashedAsync(detail, wallMs).ConfigureAwait(false),
        };
    }

    private async Task<Exchange> CrashedAsync(string detail, double wallMs)
    {
        var description = await DescribeEndAsync().ConfigureAwait(false);
        // A runner that ran out of heap outside a bot call reports nothing; its exit code still says so.
        var outcome = ExitCode() == RunnerExitCodes.MemoryLimit ? CallOutcome.MemoryLimit : CallOutcome.Crashed;
        return Exchange.Failed(outcome, $"{description} ({detail})", wallMs);
    }

    /// <summary>How the process ended, with the tail of its stderr.</summary>
    internal async Task<string> DescribeEndAsync()
    {
        await WaitForExitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        var stderr = await _stderr.TailAsync(TimeSpan.FromMilliseconds(500)).ConfigureAwait(false);
        var code = ExitCode();
        var how = code switch
        {
            null => "The runner stopped responding",
            > 128 and < 160 => $"The runner was ended by signal {code - 128}",
            _ => $"The runner exited with code {code}",
        };
        return stderr.Length == 0 ? how : $"{how}; stderr: {stderr}";
    }

    private int? ExitCode()
    {
        try
        {
            return _process.HasExited ? _process.ExitCode : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        catch (InvalidOperationException)
        {
        }
    }

    /// <summary>Kills the process (SIGKILL); its pipes close, which ends any pending read or write.</summary>
    internal void Kill()
    {
        Broken = true;
        try
        {
            _process.Kill();
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }

    /// <summary>Asks the runner to exit, and kills it if it does not within a second.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        if (!Broken && !HasExited && _exchangeGate.Wait(0))
        {
            try
            {
                _requests.Write(new ShutdownRequest());
                _input.Close();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
            }
        }
        await WaitForExitAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
        Kill();
        await WaitForExitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        _watch.Dispose();
        _process.Dispose();
    }
}

/// <summary>A runner could not be started or did not lock down as required: a problem of the machine or configuration.</summary>
public sealed class RunnerStartException(string message, Exception? inner = null) : Exception(message, inner);
