using LightCycles.Api;
using LightCycles.Engine;

namespace LightCycles.Tests.Engine;

/// <summary>Helpers for driving a game turn by turn in tests.</summary>
internal static class Scenario
{
    /// <summary>Steps with the same moves until the game ends or <paramref name="turns"/> have passed.</summary>
    public static TurnResult StepRepeatedly(this Game game, int turns, params Direction?[] moves)
    {
        TurnResult last = null!;
        for (var i = 0; i < turns && !game.IsOver; i++) last = game.Step(moves);
        return last;
    }

    /// <summary>A game on a board of its own with chosen starts.</summary>
    public static Game With(int width, int height, params (int X, int Y, Direction Heading)[] starts) =>
        new(new GameSettings(width, height, starts.Length), [.. starts.Select(s => (new Position(s.X, s.Y), s.Heading))]);

    public static Direction?[] Straight(int players) => new Direction?[players];

    /// <summary>Everything observable about the state, as text to compare.</summary>
    public static string Fingerprint(this Game game) =>
        string.Join(";", game.Cycles.Select(c => c.ToString())) + "|" + string.Join(",", game.Cells);
}
