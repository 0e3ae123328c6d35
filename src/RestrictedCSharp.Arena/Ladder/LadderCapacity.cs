using RestrictedCSharp.Arena.Workers;

namespace RestrictedCSharp.Arena.Ladder;

/// <summary>
/// How many ladder matches of a game may wait or play at once (back-pressure). Alone, the server's own
/// <see cref="ArenaOptions.LadderQueueDepth"/>. With workers reporting, the queue follows what they can take:
/// twice the slots there are (the server's match slots and the live workers'), never less than the configured depth,
/// and never more than <see cref="Ceiling"/>, so that a lying heartbeat cannot flood the queue.
/// </summary>
public sealed class LadderCapacity(ArenaOptions options, WorkerRegistry workers)
{
    public const int Ceiling = 1000;

    /// <summary>The most ladder matches per game waiting or playing, now.</summary>
    public int Bound()
    {
        var live = workers.Live();
        if (live.Count == 0) return options.LadderQueueDepth;
        // In long: a thousand workers each claiming 1,024 slots does not overflow.
        var slots = (long)Math.Max(0, options.MatchSlots) + live.Sum(w => (long)w.Slots);
        return (int)Math.Max(options.LadderQueueDepth, Math.Min(Ceiling, 2 * slots));
    }
}
