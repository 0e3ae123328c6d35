// Tries: throw out of its turn, hoping to take the match (or the host) down with it.
// Expected: accepted by `rcsc check --game lightcycles samples/LightCycles/hostile/contained/thrower`; the turn ends in `exception` with the bot's message and its own
// frames (file and line), and the match goes on.
// Outcome: exception
using System;
using LightCycles.Api;

namespace LightCycles.Hostile.Thrower;

public sealed class ThrowerBot : LightCyclesBot
{
    public override Direction Move(GameView view) =>
        throw new InvalidOperationException($"no move on turn {view.Turn}");
}
