using System.Collections.Generic;
using LightCycles.Api;

namespace LightCycles.Bots.Random;

/// <summary>The weakest sample: a uniformly random move among the cells that are free right now.</summary>
public sealed class RandomBot : LightCyclesBot
{
    private BotRandom? _random;

    public override Direction Move(GameView view)
    {
        // The view's seed is this bot's for the whole match: seeding once keeps one sequence.
        _random ??= new BotRandom(view.Seed);
        var head = view.Me.Head;
        var free = new List<Direction>(4);
        foreach (var direction in Directions.All)
        {
            if (view.IsFree(head.Step(direction))) free.Add(direction);
        }
        if (free.Count == 0)
        {
            Log.Write("boxed in");
            return view.Me.Heading;
        }
        return free[_random.Next(free.Count)];
    }
}
