// Tries: flood the match record with log lines (ten thousand a turn, each of ten thousand characters).
// Expected: accepted by `rcsc check --game lightcycles samples/LightCycles/hostile/contained/logflood`; the turn is `ok`, but the log keeps 16 lines of 200 characters
// and one more saying how many were dropped.
// Outcome: ok
using LightCycles.Api;

namespace LightCycles.Hostile.LogFlood;

public sealed class LogFloodBot : LightCyclesBot
{
    private readonly string _line = new('x', 10_000);

    public override Direction Move(GameView view)
    {
        for (var i = 0; i < 10_000; i++) Log.Write(_line);
        return view.Me.Heading;
    }
}
