// Tries: grow its memory a little every turn, each turn inside its allocation budget, until the
// server runs out.
// Expected: accepted by `rcsc check --game lightcycles samples/LightCycles/hostile/contained/creeper`; the first turns are `ok`, then the runner's heap ceiling is
// reached and that turn ends in `memory-limit`; the host replaces the process.
// Outcome: memory-limit
using System.Collections.Generic;
using LightCycles.Api;

namespace LightCycles.Hostile.Creeper;

public sealed class CreeperBot : LightCyclesBot
{
    private readonly List<int[]> _kept = new();

    public override Direction Move(GameView view)
    {
        // 16 MiB a turn, kept forever.
        for (var i = 0; i < 16; i++) _kept.Add(new int[1 << 18]);
        Log.Write($"holding {_kept.Count} MiB");
        return view.Me.Heading;
    }
}
