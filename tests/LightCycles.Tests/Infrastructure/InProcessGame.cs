using LightCycles.Api;
using LightCycles.Engine;

namespace LightCycles.Tests.Infrastructure;

/// <summary>Plays a whole game between bot instances in this process: each turn every living bot sees its view and moves.</summary>
internal static class InProcessGame
{
    public static GameResult Play(GameSettings settings, IReadOnlyList<LightCyclesBot> bots) => PlayGame(settings, bots).Result;

    /// <summary>The finished game, for its final state.</summary>
    public static Game PlayGame(GameSettings settings, IReadOnlyList<LightCyclesBot> bots)
    {
        var game = new Game(settings);
        while (!game.IsOver)
        {
            var moves = new Direction?[bots.Count];
            for (var player = 0; player < bots.Count; player++)
            {
                if (game.Cycles[player].Alive) moves[player] = bots[player].Play(game.ViewFor(player)).Direction;
            }
            game.Step(moves);
        }
        return game;
    }
}
