// Tries: seed its choices from the wall clock, so its games cannot be replayed, and time its own turns.
// Expected: rejected at submission (exit 1); `rcsc check` prints exactly:
//   samples/LightCycles/hostile/rejected/clock/ClockBot.cs(16,21): error RCX0001: 'System.Diagnostics.Stopwatch.StartNew()' is not allowed: denied by 'deny N:System.Diagnostics' (preset:bots:360): processes, debugger, stack traces and clocks
//   samples/LightCycles/hostile/rejected/clock/ClockBot.cs(17,28): error RCX0001: 'System.DateTime.Now' is not allowed: denied by 'deny P:System.DateTime.Now' (preset:bots:133): the clock is not deterministic: use the turn number the game passes in
//   samples/LightCycles/hostile/rejected/clock/ClockBot.cs(18,31): error RCX0001: 'System.Diagnostics.Stopwatch.ElapsedTicks' is not allowed: denied by 'deny N:System.Diagnostics' (preset:bots:360): processes, debugger, stack traces and clocks
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
