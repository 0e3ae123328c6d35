namespace RestrictedCSharp.Compiler;

/// <summary>
/// The memory backstop of judging a submission (<c>limit validate-mb</c>, RCX1012): samples the process's managed
/// heap while the compiler and the analyzers run, and cancels them when it has grown past the budget above its
/// lowest reading since the watch began (a collection of garbage that was there before the watch would otherwise
/// hide the growth). Roslyn shares the process with whatever else runs there, so the reading is the process's, not
/// the submission's alone: the budget is set far above what real bots need (they grow it by tens of MiB), as a
/// bound on sources whose binding grows far faster than their text, not as a measure.
/// </summary>
internal sealed class HeapWatch : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    private long _lowest = GC.GetTotalMemory(forceFullCollection: false);
    private readonly long _budgetBytes;
    private readonly CancellationTokenSource _cancel;
    private readonly Timer _timer;
    private int _exceeded;

    public HeapWatch(long budgetBytes, CancellationTokenSource cancel)
    {
        _budgetBytes = budgetBytes;
        _cancel = cancel;
        _timer = new Timer(_ => Sample(), null, Interval, Interval);
    }

    /// <summary>Whether the heap grew past the budget (and the work was cancelled for it).</summary>
    public bool Exceeded => Volatile.Read(ref _exceeded) != 0;

    private void Sample()
    {
        // Timer callbacks of one watch may overlap on a busy machine: the lowest reading is kept with a compare-exchange.
        var heap = GC.GetTotalMemory(forceFullCollection: false);
        long lowest;
        while (heap < (lowest = Volatile.Read(ref _lowest)) && Interlocked.CompareExchange(ref _lowest, heap, lowest) != lowest)
        {
        }
        if (heap - Volatile.Read(ref _lowest) > _budgetBytes && Interlocked.Exchange(ref _exceeded, 1) == 0)
        {
            try
            {
                _cancel.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The work ended between the reading and the cancellation.
            }
        }
    }

    public void Dispose() => _timer.Dispose();
}
