// A* path finding on a grid with PriorityQueue.
using System;
using System.Collections.Generic;

namespace Pathing;

public sealed class AStar(bool[,] walls)
{
    private static readonly (int Dx, int Dy)[] Steps = [(1, 0), (-1, 0), (0, 1), (0, -1)];

    public List<(int X, int Y)>? Find((int X, int Y) start, (int X, int Y) goal)
    {
        var width = walls.GetLength(0);
        var height = walls.GetLength(1);
        var open = new PriorityQueue<(int X, int Y), int>();
        var cameFrom = new Dictionary<(int X, int Y), (int X, int Y)>();
        var cost = new Dictionary<(int X, int Y), int> { [start] = 0 };
        open.Enqueue(start, Heuristic(start, goal));

        while (open.TryDequeue(out var current, out _))
        {
            if (current == goal)
            {
                return Rebuild(cameFrom, current);
            }

            foreach (var (dx, dy) in Steps)
            {
                var next = (X: current.X + dx, Y: current.Y + dy);
                if (next.X < 0 || next.Y < 0 || next.X >= width || next.Y >= height || walls[next.X, next.Y])
                {
                    continue;
                }

                var tentative = cost[current] + 1;
                if (!cost.TryGetValue(next, out var known) || tentative < known)
                {
                    cost[next] = tentative;
                    cameFrom[next] = current;
                    open.Enqueue(next, tentative + Heuristic(next, goal));
                }
            }
        }

        return null;
    }

    private static int Heuristic((int X, int Y) a, (int X, int Y) b) => Math.Abs(a.X - b.X) + Math.Abs(a.Y - b.Y);

    private static List<(int X, int Y)> Rebuild(Dictionary<(int X, int Y), (int X, int Y)> cameFrom, (int X, int Y) current)
    {
        var path = new List<(int X, int Y)> { current };
        while (cameFrom.TryGetValue(current, out var previous))
        {
            current = previous;
            path.Add(current);
        }

        path.Reverse();
        return path;
    }
}
