// Tries: recurse without end, to overflow the stack and crash the process that serves it.
// Expected: accepted by `rcsc check --game lightcycles samples/LightCycles/hostile/contained/recurser`; the call-depth guard stops it long before the real stack ends,
// so the runner survives and the turn fails cleanly.
// Outcome: stack-limit
using LightCycles.Api;

namespace LightCycles.Hostile.Recurser;

public sealed class RecurserBot : LightCyclesBot
{
    public override Direction Move(GameView view) => Deeper(view, 0);

    private static Direction Deeper(GameView view, int depth) =>
        depth < 0 ? view.Me.Heading : Deeper(view, depth + 1);
}
