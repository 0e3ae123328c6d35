// Tries: allocate without bound (and keep everything), to exhaust the server's memory.
// Expected: accepted by `rcsc check --game lightcycles samples/LightCycles/hostile/contained/hoarder`; the allocation guards stop the turn when it has allocated more
// than its per-call budget (and the runner's heap ceiling stands behind them).
// Outcome: alloc-limit
using System.Collections.Generic;
using LightCycles.Api;

namespace LightCycles.Hostile.Hoarder;

public sealed class HoarderBot : LightCyclesBot
{
    private readonly List<int[]> _hoard = new();

    public override Direction Move(GameView view)
    {
        while (true)
        {
            _hoard.Add(new int[1 << 18]);
        }
    }
}
