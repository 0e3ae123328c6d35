using LightCycles.Api;

namespace LightCycles.Bots.WallFollower;

/// <summary>
/// Keeps a wall (or a trail) on its left: turns left when it can, else goes straight, else turns right.
/// Hugging walls wastes little space, so it outlives a random mover.
/// </summary>
public sealed class WallFollowerBot : LightCyclesBot
{
    public override Direction Move(GameView view)
    {
        var me = view.Me;
        Direction[] preferences = [me.Heading.TurnLeft(), me.Heading, me.Heading.TurnRight()];
        foreach (var direction in preferences)
        {
            if (view.IsFree(me.Head.Step(direction))) return direction;
        }
        Log.Write("no way out");
        return me.Heading;
    }
}
