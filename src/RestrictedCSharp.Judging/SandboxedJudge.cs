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
/// </summary>
public sealed class SandboxedJudge : ISubmissionJudge
{
    private static readonly TimeSpan MemoryPoll = TimeSpan.FromMilliseconds(50);

    private readonly SandboxedJudgeOptions _options;

    public SandboxedJudge(SandboxedJudgeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    public async Task<Judgement> JudgeAsync(JudgeRequest request, CancellationToken cancellationToken)
    {
        try
        {
            if (RequestCheck.Problem(request, _options) is { } problem) return Failed($"bad request: {problem}");
            var payload = JudgingJson.WriteRequest(request);
            if (payload.Length > _options.MaxRequestBytes)
                return Failed($"bad request: {payload.Length} bytes, more than {_options.MaxRequestBytes}");
            var reply = await RunWorkerAsync(request.Game, payload, cancellationToken).ConfigureAwait(false);
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
    internal ProcessStartInfo WorkerStartInfo(string game, IEnumerable<string>? extraArguments = null)
    {
        var cpuSeconds = (int)Math.Ceiling(_options.Deadline.TotalSeconds * Environment.ProcessorCount) + 1;
        var arguments = new List<string>
        {
            "--games", Path.GetFullPath(_options.GameRegistryPath),
            "--game", game,
            "--cpu-seconds", cpuSeconds.ToString(CultureInfo.InvariantCulture),
            "--max-request-bytes", _options.MaxRequestBytes.ToString(CultureInfo.InvariantCulture),
        };
        if (_options.RequireSandbox) arguments.Add("--require-sandbox");
        arguments.AddRange(extraArguments ?? []);
        return SandboxedProcessStart.ForDotnetApp(_options.ResolvedWorkerPath, arguments,
            new SandboxedProcessOptions { GcHeapHardLimitBytes = (long)_options.MemoryMegabytes * 3 / 4 << 20 });
    }

    private async Task<WorkerOutput> RunWorkerAsync(string game, byte[] payload, CancellationToken cancellationToken)
    {
        var workerPath = _options.ResolvedWorkerPath;
        if (!File.Exists(workerPath)) return WorkerOutput.Failing($"the compile worker was not found at {workerPath}");

        using var process = Process.Start(WorkerStartInfo(game))
            ?? throw new InvalidOperationException("the compile worker did not start");
        var ending = new WorkerEnding(process);
        using var deadline = new CancellationTokenSource(_options.Deadline);
        using var onDeadline = deadline.Token.Register(() => ending.Kill(
            $"the compile worker passed its deadline of {_options.Deadline.TotalSeconds:0.#} s and was killed"));
        using var onCancel = cancellationToken.Register(() => ending.Kill("the judgement was cancelled"));

        var reply = BoundedRead.AllAsync(process.StandardOutput.BaseStream, _options.MaxReplyBytes,
            () => ending.Kill($"the compile worker's reply passed {_options.MaxReplyBytes} bytes; it was killed"));
        var stderr = BoundedRead.TailAsync(process.StandardError.BaseStream, _options.StderrBytes);
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
