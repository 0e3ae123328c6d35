// Tries: think forever — an endless loop in its turn, to stall the match.
// Expected: accepted by `rcsc check --game lightcycles samples/LightCycles/hostile/contained/looper`; the tick guard at the loop's back edge ends every turn, so the
// match records a failed turn (the cycle keeps its heading) and, after repeated failures, eliminates it.
// Outcome: tick-limit
using LightCycles.Api;

namespace LightCycles.Hostile.Looper;

public sealed class LooperBot : LightCyclesBot
{
    private long _spins;

    public override Direction Move(GameView view)
    {
        while (true)
        {
            _spins++;
        }
    }
}
