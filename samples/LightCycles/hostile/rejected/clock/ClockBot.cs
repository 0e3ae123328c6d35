// Tries: seed its choices from the wall clock, so its games cannot be replayed, and time its own turns.
// Expected: rejected at submission (exit 1); `rcsc check --game lightcycles samples/LightCycles/hostile/rejected/clock` prints exactly these lines, then `Rejected: 2 error(s), 0 warning(s)`:
//   samples/LightCycles/hostile/rejected/clock/ClockBot.cs(15,21): error RCX0001: 'System.Diagnostics.Stopwatch.StartNew()' is not allowed: denied by 'deny T:System.Diagnostics.Stopwatch' (preset:bots:650): the clock is not deterministic: read RestrictedCSharp.Budget.TicksLeft to stop a search in time (https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/RCX0001.md)
//   samples/LightCycles/hostile/rejected/clock/ClockBot.cs(16,28): error RCX0001: 'System.DateTime.Now' is not allowed: denied by 'deny P:System.DateTime.Now' (preset:bots:154): the clock is not deterministic: use the turn number the game passes in (https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/RCX0001.md)
using System;
using System.Diagnostics;
using LightCycles.Api;

namespace LightCycles.Hostile.Clock;

public sealed class ClockBot : LightCyclesBot
{
    public override Direction Move(GameView view)
    {
        var watch = Stopwatch.StartNew();
        var choice = (int)(DateTime.Now.Ticks % 4);
        Log.Write($"chose in {watch.ElapsedTicks} ticks");
        return (Direction)choice;
    }
}
