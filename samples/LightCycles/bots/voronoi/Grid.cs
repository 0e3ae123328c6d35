using LightCycles.Api;

namespace LightCycles.Bots.Voronoi;

/// <summary>
/// The board with a one-cell wall around it, so neighbours need no bounds checks: 0 free, 1 filled.
/// Breadth-first searches reuse their arrays (a stamp marks the cells seen by the current search).
/// </summary>
internal sealed class Grid
{
    private const int Mine = 1;
    private const int Theirs = 2;
    private const int Neutral = 3;

    private readonly int _width;
    private readonly int _height;
    private readonly int _stride;
    private readonly int[] _offsets;
    private readonly int[] _queue;
    private readonly int[] _seen;
    private readonly int[] _distance;
    private readonly int[] _owner;
    private int _stamp;

    public Grid(int width, int height)
    {
        _width = width;
        _height = height;
        _stride = width + 2;
        _offsets = [-_stride, 1, _stride, -1];
        Cells = new int[(width + 2) * (height + 2)];
        _queue = new int[Cells.Length];
        _seen = new int[Cells.Length];
        _distance = new int[Cells.Length];
        _owner = new int[Cells.Length];
    }

    public int[] Cells { get; }

    public int IndexOf(Position position) => (position.Y + 1) * _stride + position.X + 1;

    /// <summary>The index step of a direction, in <see cref="Direction"/> order.</summary>
    public int Offset(int direction) => _offsets[direction];

    public void Load(GameView view)
    {
        for (var i = 0; i < Cells.Length; i++) Cells[i] = 1;
        var cells = view.Cells;
        var index = 0;
        for (var y = 0; y < _height; y++)
        {
            var row = (y + 1) * _stride + 1;
            for (var x = 0; x < _width; x++)
            {
                Cells[row + x] = cells[index] == GameView.Free ? 0 : 1;
                index++;
            }
        }
    }

    /// <summary>Free cells a flood fill from <paramref name="start"/> reaches, the start not counted.</summary>
    public int Reachable(int start)
    {
        _stamp++;
        var head = 0;
        var tail = 0;
        _queue[tail++] = start;
        _seen[start] = _stamp;
        while (head < tail)
        {
            var cell = _queue[head++];
            for (var k = 0; k < 4; k++)
            {
                var next = cell + _offsets[k];
                if (Cells[next] != 0 || _seen[next] == _stamp) continue;
                _seen[next] = _stamp;
                _queue[tail++] = next;
            }
        }
        return tail - 1;
    }

    /// <summary>True when a free cell next to one head can be reached from a free cell next to the other.</summary>
    public bool ShareRegion(int me, int them)
    {
        Reachable(me);
        for (var k = 0; k < 4; k++)
        {
            var next = them + _offsets[k];
            if (Cells[next] == 0 && _seen[next] == _stamp) return true;
        }
        return false;
    }

    /// <summary>
    /// Voronoi territory: free cells <paramref name="me"/> reaches strictly before <paramref name="them"/>,
    /// minus those it reaches strictly after. Cells both reach at once belong to nobody. Also returns how
    /// many cells the search visited: its cost.
    /// </summary>
    public (int Score, int Visited) Territory(int me, int them)
    {
        _stamp++;
        var head = 0;
        var tail = 0;
        Seed(me, Mine, ref tail);
        Seed(them, Theirs, ref tail);
        var score = 0;
        while (head < tail)
        {
            var cell = _queue[head++];
            var owner = _owner[cell];
            if (owner == Neutral) continue;
            var distance = _distance[cell] + 1;
            for (var k = 0; k < 4; k++)
            {
                var next = cell + _offsets[k];
                if (Cells[next] != 0) continue;
                if (_seen[next] != _stamp)
                {
                    _seen[next] = _stamp;
                    _distance[next] = distance;
                    _owner[next] = owner;
                    _queue[tail++] = next;
                    score += owner == Mine ? 1 : -1;
                }
                else if (_distance[next] == distance && _owner[next] != owner && _owner[next] != Neutral)
                {
                    score -= _owner[next] == Mine ? 1 : -1;
                    _owner[next] = Neutral;
                }
            }
        }
        return (score, tail);
    }

    public int FilledNeighbours(int cell)
    {
        var count = 0;
        for (var k = 0; k < 4; k++)
        {
            if (Cells[cell + _offsets[k]] != 0) count++;
        }
        return count;
    }

    private void Seed(int cell, int owner, ref int tail)
    {
        _seen[cell] = _stamp;
        _distance[cell] = 0;
        _owner[cell] = owner;
        _queue[tail++] = cell;
    }
}
