// Tries: catch the guard's exception and carry on looping, to escape the tick budget.
// Expected: accepted by `rcsc check --game lightcycles samples/LightCycles/hostile/contained/catcher`; the rewriter keeps user catch clauses from catching guard
// exceptions, and a tripped guard trips again, so the turn still ends in `tick-limit`.
// Outcome: tick-limit
using System;
using LightCycles.Api;

namespace LightCycles.Hostile.Catcher;

public sealed class CatcherBot : LightCyclesBot
{
    private long _spins;

    public override Direction Move(GameView view)
    {
        while (true)
        {
            try
            {
                while (true) _spins++;
            }
            catch (Exception)
            {
                _spins = 0;
            }
        }
    }
}
