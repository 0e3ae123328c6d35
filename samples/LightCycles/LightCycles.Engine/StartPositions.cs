using LightCycles.Api;

namespace LightCycles.Engine;

/// <summary>
/// Where cycles start. The seed picks an inset from the walls; the players sit on the corners of the
/// rectangle of that inset, in a layout symmetric under the board's point reflection (two and four
/// players) or its left-right mirror (three players; the third is centred on the bottom row of the rectangle).
/// </summary>
internal static class StartPositions
{
    public static IReadOnlyList<(Position Head, Direction Heading)> For(GameSettings settings)
    {
        var random = new BotRandom(settings.Seed ^ 0x5354415254UL); // "START": independent of the bots' seeds
        var insetX = Inset(settings.Width, random);
        var insetY = Inset(settings.Height, random);
        var left = insetX;
        var right = settings.Width - 1 - insetX;
        var top = insetY;
        var bottom = settings.Height - 1 - insetY;
        return settings.Players switch
        {
            2 => [(new(left, top), Direction.Right), (new(right, bottom), Direction.Left)],
            3 => [(new(left, top), Direction.Down), (new(right, top), Direction.Down), (new(settings.Width / 2, bottom), Direction.Up)],
            4 => [(new(left, top), Direction.Right), (new(right, top), Direction.Down), (new(right, bottom), Direction.Left), (new(left, bottom), Direction.Up)],
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Players, "A game has 2 to 4 players."),
        };
    }

    /// <summary>Between an eighth and a quarter of the side (at least one cell): room to turn both ways.</summary>
    private static int Inset(int side, BotRandom random)
    {
        var low = Math.Max(1, side / 8);
        var high = Math.Max(low, side / 4);
        return low + random.Next(high - low + 1);
    }
}
