using System.Diagnostics;

namespace RestrictedCSharp.Judging;

/// <summary>
/// How a worker's run ended early: the first reason it was killed (deadline, memory, reply size, cancellation)
/// is the one reported. The worker cannot start processes (its sandbox refuses fork and exec), but the kill takes
/// the whole process tree anyway, so that nothing it started could outlive it where the sandbox is absent.
/// </summary>
internal sealed class WorkerEnding(Process process)
{
    private string? _reason;
    private int _exited;

    public string? Reason => Volatile.Read(ref _reason);

    public bool HasExited => Volatile.Read(ref _exited) != 0;

    public void Exited() => Volatile.Write(ref _exited, 1);

    public void Kill(string reason)
    {
        if (HasExited || Interlocked.CompareExchange(ref _reason, reason, null) is not null) return;
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }
}
