using LightCycles.Api;

namespace LightCycles.Bots.Voronoi;

/// <summary>
/// The strongest sample. While it shares a region with its nearest opponent it searches the next moves
/// of both (alpha-beta, the opponent answering each of its moves, deepening while a fixed amount of
/// work lasts) and scores a position by Voronoi territory: cells it reaches strictly first minus
/// cells the opponent does. Once the two are walled apart it only has to outlast: it fills its own region,
/// looking two moves ahead.
/// </summary>
public sealed class VoronoiBot : LightCyclesBot
{
    private const int Win = 1_000_000;

    /// <summary>
    /// Cells the evaluations may visit per turn, over all depths: a fixed count of work (not of time) keeps
    /// the turn's ticks bounded — about a million on 32x32 — and the bot deterministic.
    /// </summary>
    private const int WorkBudget = 16_000;

    private const int MaxDepth = 8;

    private Grid? _grid;
    private int _work;

    public override Direction Move(GameView view)
    {
        _grid ??= new Grid(view.Width, view.Height);
        var grid = _grid;
        grid.Load(view);
        var me = grid.IndexOf(view.Me.Head);
        var opponent = NearestOpponent(view);
        if (opponent < 0) return Survive(grid, me);

        var them = grid.IndexOf(view.Cycles[opponent].Head);
        if (!grid.ShareRegion(me, them))
        {
            Log.Write("walled apart: filling");
            return Survive(grid, me);
        }

        Direction? best = null;
        _work = 0;
        for (var depth = 1; depth <= MaxDepth; depth++)
        {
            var (direction, value) = Root(grid, me, them, depth);
            if (_work > WorkBudget) break; // this depth was cut short: keep the last complete one
            best = direction;
            if (value >= Win || value <= -Win)
            {
                Log.Write(value >= Win ? $"wins within {depth} moves" : $"loses within {depth} moves");
                break;
            }
            if (depth == MaxDepth) Log.Write($"searched {depth} moves deep");
        }
        return best ?? Survive(grid, me);
    }

    private (Direction Direction, int Value) Root(Grid grid, int me, int them, int depth)
    {
        var bestDirection = Direction.Up;
        var bestValue = int.MinValue;
        for (var d = 0; d < 4; d++)
        {
            var value = OpponentReplies(grid, me + grid.Offset(d), them, depth, bestValue == int.MinValue ? -Win - 1 : bestValue, Win + 1);
            if (value > bestValue)
            {
                bestValue = value;
                bestDirection = (Direction)d;
            }
        }
        return (bestDirection, bestValue);
    }

    /// <summary>The opponent picks its answer to our move into <paramref name="mine"/>; both moves then happen at once.</summary>
    private int OpponentReplies(Grid grid, int mine, int them, int depth, int alpha, int beta)
    {
        var cells = grid.Cells;
        for (var d = 0; d < 4 && alpha < beta; d++)
        {
            if (_work > WorkBudget) return 0;
            var theirs = them + grid.Offset(d);
            var iDie = cells[mine] != 0;
            var theyDie = cells[theirs] != 0;
            int value;
            if (mine == theirs || (iDie && theyDie)) value = 0;
            else if (iDie) value = -Win;
            else if (theyDie) value = Win;
            else
            {
                cells[mine] = 1;
                cells[theirs] = 1;
                value = depth <= 1 ? Evaluate(grid, mine, theirs) : OurMoves(grid, mine, theirs, depth - 1, alpha, beta);
                cells[mine] = 0;
                cells[theirs] = 0;
            }
            if (value < beta) beta = value;
        }
        return beta;
    }

    private int OurMoves(Grid grid, int me, int them, int depth, int alpha, int beta)
    {
        for (var d = 0; d < 4 && alpha < beta; d++)
        {
            var value = OpponentReplies(grid, me + grid.Offset(d), them, depth, alpha, beta);
            if (value > alpha) alpha = value;
        }
        return alpha;
    }

    private int Evaluate(Grid grid, int me, int them)
    {
        var (score, visited) = grid.Territory(me, them);
        _work += visited;
        return score;
    }

    /// <summary>The move that leaves the most room two moves from now; ties go to the move that hugs walls.</summary>
    private static Direction Survive(Grid grid, int me)
    {
        var cells = grid.Cells;
        var best = Direction.Up;
        var bestRoom = -1;
        var bestHug = -1;
        for (var d = 0; d < 4; d++)
        {
            var first = me + grid.Offset(d);
            if (cells[first] != 0) continue;
            cells[first] = 1;
            var room = 1;
            for (var e = 0; e < 4; e++)
            {
                var second = first + grid.Offset(e);
                if (cells[second] != 0) continue;
                cells[second] = 1;
                var reach = 2 + grid.Reachable(second);
                cells[second] = 0;
                if (reach > room) room = reach;
            }
            cells[first] = 0;
            var hug = grid.FilledNeighbours(first);
            if (room > bestRoom || (room == bestRoom && hug > bestHug))
            {
                best = (Direction)d;
                bestRoom = room;
                bestHug = hug;
            }
        }
        return best;
    }

    private static int NearestOpponent(GameView view)
    {
        var nearest = -1;
        var nearestDistance = int.MaxValue;
        for (var player = 0; player < view.Cycles.Count; player++)
        {
            var cycle = view.Cycles[player];
            if (player == view.You || !cycle.Alive) continue;
            var distance = cycle.Head.DistanceTo(view.Me.Head);
            if (distance < nearestDistance)
            {
                nearest = player;
                nearestDistance = distance;
            }
        }
        return nearest;
    }
}
