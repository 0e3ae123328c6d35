// Neighbour enumeration and flood fill with iterators (yield return).
using System.Collections.Generic;

namespace Flood;

public sealed class Board(int width, int height)
{
    public IEnumerable<(int X, int Y)> Neighbours(int x, int y)
    {
        if (x > 0) yield return (x - 1, y);
        if (x < width - 1) yield return (x + 1, y);
        if (y > 0) yield return (x, y - 1);
        if (y < height - 1) yield return (x, y + 1);
    }

    public IEnumerable<(int X, int Y)> Reachable((int X, int Y) start, ISet<(int X, int Y)> blocked)
    {
        var seen = new HashSet<(int X, int Y)> { start };
        var frontier = new Queue<(int X, int Y)>();
        frontier.Enqueue(start);
        while (frontier.Count > 0)
        {
            var cell = frontier.Dequeue();
            yield return cell;
            foreach (var n in Neighbours(cell.X, cell.Y))
            {
                if (!blocked.Contains(n) && seen.Add(n))
                {
                    frontier.Enqueue(n);
                }
            }
        }
    }

    public static IEnumerable<int> Countdown(int from)
    {
        for (var i = from; i >= 0; i--)
        {
            yield return i;
        }

        yield break;
    }
}
