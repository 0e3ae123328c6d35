using RestrictedCSharp.Guards;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Runner;

/// <summary>
/// The one thread that runs bot code, with a stack of known size so that the depth guard's limit is safe
/// (the main thread's stack size depends on the host's ulimit). The guards' counters are process-wide and
/// read this thread's allocation counter, so all bot code — its constructor, its methods, and the
/// (de)serialization of its arguments and results, which may run its own code — runs here.
/// </summary>
/// <remarks>
/// The request loop runs on this thread too, and the main thread only waits for it: calls are strictly
/// one at a time, so handing each request to another thread would add two thread wake-ups per call (about
/// half the small-call round trip on a 2-core machine) and buy nothing.
/// </remarks>
internal static class BotThread
{
    public const int StackBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Runs <paramref name="body"/> on a new thread of <see cref="StackBytes"/> and returns its result.
    /// If the guards park that thread (a trip with the stack nearly exhausted, e.g. a <c>finally</c> that
    /// recurses at every unwinding frame), <paramref name="onParked"/> answers for it on this thread and
    /// the process ends: the parked thread can never run again.
    /// </summary>
    public static int Run(Func<int> body, Action onParked)
    {
        var exitCode = RunnerExitCodes.InternalError;
        using var finished = new ManualResetEvent(false);
        var thread = new Thread(
            () =>
            {
                try
                {
                    exitCode = body();
                }
                finally
                {
                    finished.Set();
                }
            },
            StackBytes) { Name = "bot", IsBackground = true };
        thread.Start();
        if (WaitHandle.WaitAny([finished, GuardBudget.ParkedHandle]) == 1)
        {
            onParked();
            return RunnerExitCodes.Parked;
        }

        return exitCode;
    }
}
