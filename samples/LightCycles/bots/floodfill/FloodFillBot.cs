using LightCycles.Api;

namespace LightCycles.Bots.FloodFill;

/// <summary>
/// Maximises its space: for each free neighbour, counts the cells it could still reach from there
/// (a flood fill) and takes the largest. Cells next to another cycle's head count as taken, since that
/// cycle may enter them this turn. Ties go, while it shares its region with another cycle, to the most
/// open cell (running along a wall hands the open field to the other), and once it is alone in its
/// region, to the cell that hugs walls (which packs the region tightly).
/// </summary>
public sealed class FloodFillBot : LightCyclesBot
{
    private PaddedBoard? _board;

    public override Direction Move(GameView view)
    {
        _board ??= new PaddedBoard(view.Width, view.Height);
        var board = _board;
        board.Load(view);
        var me = view.Me;
        var head = board.IndexOf(me.Head);

        var shared = SharesRegion(view, board, head);

        // Cells another cycle can enter this turn are risky: block them for the count, unless nothing else is left.
        var risky = 0;
        for (var player = 0; player < view.Cycles.Count; player++)
        {
            var other = view.Cycles[player];
            if (player == view.You || !other.Alive) continue;
            var otherHead = board.IndexOf(other.Head);
            for (var d = 0; d < 4; d++)
            {
                var next = otherHead + board.Offset(d);
                if (board.Blocked[next] == 0)
                {
                    board.Blocked[next] = 2;
                    risky++;
                }
            }
        }

        var best = me.Heading;
        var bestSpace = -1;
        var bestHug = 0;
        for (var d = 0; d < 4; d++)
        {
            var target = head + board.Offset(d);
            if (board.Blocked[target] == 1) continue;
            var wasRisky = board.Blocked[target] == 2;
            board.Blocked[target] = 1;
            var room = 1 + board.Reachable(target);
            board.Blocked[target] = wasRisky ? 2 : 0;
            // A contested cell may end in a draw: it beats only a dead end (room for one move).
            var space = wasRisky ? (room > 1 ? 3 : 2) : 2 * room;
            var hug = shared ? 4 - board.BlockedNeighbours(target) : board.BlockedNeighbours(target);
            if (space > bestSpace || (space == bestSpace && hug > bestHug))
            {
                best = (Direction)d;
                bestSpace = space;
                bestHug = hug;
            }
        }
        if (bestSpace <= 3) Log.Write(risky > 0 ? "only contested cells left" : "no way out");
        return best;
    }

    /// <summary>True when another living cycle's head borders the region this bot's head can reach.</summary>
    private static bool SharesRegion(GameView view, PaddedBoard board, int head)
    {
        board.Reachable(head);
        for (var player = 0; player < view.Cycles.Count; player++)
        {
            var other = view.Cycles[player];
            if (player == view.You || !other.Alive) continue;
            var otherHead = board.IndexOf(other.Head);
            for (var d = 0; d < 4; d++)
            {
                if (board.Reached(otherHead + board.Offset(d))) return true;
            }
        }
        return false;
    }
}

/// <summary>
/// The board with a one-cell wall around it, so neighbours need no bounds checks. 0 free, 1 filled,
/// 2 risky (free but contested). Index order of <see cref="Offset"/> matches <see cref="Direction"/>.
/// </summary>
internal sealed class PaddedBoard
{
    private readonly int _stride;
    private readonly int[] _queue;
    private readonly int[] _seen;
    private int _stamp;

    public PaddedBoard(int width, int height)
    {
        Width = width;
        Height = height;
        _stride = width + 2;
        Blocked = new int[(width + 2) * (height + 2)];
        _queue = new int[Blocked.Length];
        _seen = new int[Blocked.Length];
    }

    public int Width { get; }

    public int Height { get; }

    public int[] Blocked { get; }

    public int IndexOf(Position position) => (position.Y + 1) * _stride + position.X + 1;

    /// <summary>The index step of a direction: Up, Right, Down, Left.</summary>
    public int Offset(int direction) => direction == 0 ? -_stride : direction == 1 ? 1 : direction == 2 ? _stride : -1;

    public void Load(GameView view)
    {
        for (var i = 0; i < Blocked.Length; i++) Blocked[i] = 1;
        var cells = view.Cells;
        var index = 0;
        for (var y = 0; y < Height; y++)
        {
            var row = (y + 1) * _stride + 1;
            for (var x = 0; x < Width; x++)
            {
                Blocked[row + x] = cells[index] == GameView.Free ? 0 : 1;
                index++;
            }
        }
    }

    /// <summary>How many free cells a flood fill from <paramref name="start"/> reaches (the start itself not counted).</summary>
    public int Reachable(int start)
    {
        _stamp++;
        var head = 0;
        var tail = 0;
        _queue[tail++] = start;
        _seen[start] = _stamp;
        var count = 0;
        var up = -_stride;
        var down = _stride;
        while (head < tail)
        {
            var cell = _queue[head++];
            // Unrolled: one tick per cell rather than five.
            var n = cell + up;
            if (Blocked[n] == 0 && _seen[n] != _stamp) { _seen[n] = _stamp; _queue[tail++] = n; count++; }
            n = cell + 1;
            if (Blocked[n] == 0 && _seen[n] != _stamp) { _seen[n] = _stamp; _queue[tail++] = n; count++; }
            n = cell + down;
            if (Blocked[n] == 0 && _seen[n] != _stamp) { _seen[n] = _stamp; _queue[tail++] = n; count++; }
            n = cell - 1;
            if (Blocked[n] == 0 && _seen[n] != _stamp) { _seen[n] = _stamp; _queue[tail++] = n; count++; }
        }
        return count;
    }

    /// <summary>True when the last <see cref="Reachable"/> fill reached <paramref name="cell"/>.</summary>
    public bool Reached(int cell) => _seen[cell] == _stamp;

    public int BlockedNeighbours(int cell) =>
        (Blocked[cell - _stride] == 1 ? 1 : 0) + (Blocked[cell + 1] == 1 ? 1 : 0)
        + (Blocked[cell + _stride] == 1 ? 1 : 0) + (Blocked[cell - 1] == 1 ? 1 : 0);
}
