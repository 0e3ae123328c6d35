using System.Runtime.CompilerServices;

namespace RestrictedCSharp.Sandbox.Probe;

/// <summary>One attempt's outcome, as printed: one JSON line per attempt and thread.</summary>
internal sealed record AttemptResult(string Attempt, string Thread, bool Refused, string? Error);

/// <summary>
/// Runs an attempt on the thread a bot could reach: the main thread, the finalizer thread (through an
/// object whose finalizer performs it) and a thread-pool thread. The runtime started those threads
/// itself, so they show whether the lockdown covers threads the program never created.
/// </summary>
internal static class AttemptThreads
{
    public static readonly string[] Names = ["main", "finalizer", "threadpool"];

    public static AttemptResult Run(string thread, string attempt, EscapeAttempts attempts) => thread switch
    {
        "main" => Attempt(attempts, attempt, "main"),
        "threadpool" => Task.Run(() => Thread.CurrentThread.IsThreadPoolThread
            ? Attempt(attempts, attempt, "threadpool")
            : throw new InvalidOperationException("not on a thread-pool thread")).GetAwaiter().GetResult(),
        "finalizer" => OnFinalizerThread(attempts, attempt),
        _ => throw new ArgumentException($"unknown thread {thread}"),
    };

    private static AttemptResult Attempt(EscapeAttempts attempts, string attempt, string thread)
    {
        try
        {
            attempts.Run(attempt, thread);
            return new AttemptResult(attempt, thread, Refused: false, Error: null);
        }
        catch (Exception e)
        {
            return new AttemptResult(attempt, thread, Refused: true, Error: EscapeAttempts.Describe(e));
        }
    }

    private static AttemptResult OnFinalizerThread(EscapeAttempts attempts, string attempt)
    {
        var outcome = new StrongBox<AttemptResult?>();
        Abandon(attempts, attempt, outcome);
        for (var i = 0; i < 10 && outcome.Value is null; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        return outcome.Value ?? throw new InvalidOperationException("the finalizer did not run");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Abandon(EscapeAttempts attempts, string attempt, StrongBox<AttemptResult?> outcome) =>
        _ = new AttemptInFinalizer(attempts, attempt, outcome);

    private sealed class AttemptInFinalizer(EscapeAttempts attempts, string attempt, StrongBox<AttemptResult?> outcome)
    {
        ~AttemptInFinalizer() => outcome.Value = Attempt(attempts, attempt, "finalizer");
    }
}
