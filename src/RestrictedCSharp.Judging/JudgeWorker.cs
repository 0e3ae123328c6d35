using System.Diagnostics;

namespace RestrictedCSharp.Judging;

/// <summary>
/// One started compile worker: its process, how its run ended early (<see cref="WorkerEnding"/>), and the tail of its
/// stderr, read from the start so that the pipe never fills while the worker waits in a pool. A worker judges one
/// request and exits; a handle is given to one judgement only.
/// </summary>
internal sealed class JudgeWorker : IDisposable
{
    private JudgeWorker(Process process, int stderrBytes)
    {
        Process = process;
        Id = process.Id;
        Ending = new WorkerEnding(process);
        Stderr = BoundedRead.TailAsync(process.StandardError.BaseStream, stderrBytes);
        Started = Stopwatch.GetTimestamp();
    }

    public Process Process { get; }

    public int Id { get; }

    public WorkerEnding Ending { get; }

    public Task<string> Stderr { get; }

    /// <summary>When it was started (<see cref="Stopwatch"/> ticks).</summary>
    public long Started { get; }

    public static JudgeWorker Start(ProcessStartInfo info, int stderrBytes) =>
        new(Process.Start(info) ?? throw new InvalidOperationException("the compile worker did not start"), stderrBytes);

    /// <summary>Waits for a warm worker's ready marker: true when it came, false when the worker ended or wrote something else.</summary>
    public async Task<bool> ReadyAsync(CancellationToken cancellationToken)
    {
        var marker = new byte[1];
        try
        {
            var read = await Process.StandardOutput.BaseStream.ReadAsync(marker, cancellationToken).ConfigureAwait(false);
            return read == 1 && marker[0] == (byte)'\n';
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
        {
            return false;
        }
    }

    public bool HasExited
    {
        get
        {
            try
            {
                return Process.HasExited;
            }
            catch (InvalidOperationException)
            {
                return true;
            }
        }
    }

    public void Dispose() => Process.Dispose();
}
