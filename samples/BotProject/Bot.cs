using LightCycles.Api;

namespace BotProject;

/// <summary>
/// A starting point: goes straight while it can, else turns to the side with more free cells nearby.
/// The game calls Move once per turn; fields keep their values for the whole match.
/// </summary>
public sealed class Bot : LightCyclesBot
{
    public override Direction Move(GameView view)
    {
        var me = view.Me;
        if (view.IsFree(me.Head.Step(me.Heading))) return me.Heading;

        var left = me.Heading.TurnLeft();
        var right = me.Heading.TurnRight();
        var best = FreeAround(view, me.Head.Step(left)) >= FreeAround(view, me.Head.Step(right)) ? left : right;
        Log.Write($"turn {view.Turn}: turning {best}");
        return best;
    }

    /// <summary>Free cells among the cell and its four neighbours (0 when the cell itself is taken).</summary>
    private static int FreeAround(GameView view, Position cell)
    {
        if (!view.IsFree(cell)) return 0;
        var free = 1;
        foreach (var direction in Directions.All)
        {
            if (view.IsFree(cell.Step(direction))) free++;
        }
        return free;
    }
}
