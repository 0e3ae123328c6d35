namespace RestrictedCSharp.Benchmarks.Guards;

/// <summary>
/// CPU-bound kernels typical of game bots, as bot source. Each <c>Kernels.X()</c> returns a checksum
/// so that the guarded and unguarded builds can be checked to compute the same thing.
/// </summary>
internal static class BotKernels
{
    public static readonly string[] Names = ["ArrayMath", "RecursiveSearch", "DictionaryHeavy", "LinqHeavy", "GridSearch"];

    public const string Source = """
using System;
using System.Collections.Generic;
using System.Linq;

public static class Kernels
{
    // Nested-loop array math: a 3x3 blur over a heat map, repeated.
    public static long ArrayMath()
    {
        const int size = 128;
        var map = new int[size, size];
        var next = new int[size, size];
        for (int y = 0; y < size; y++)
            for (int x = 0; x < size; x++)
                map[y, x] = (x * 31 + y * 17) % 256;
        for (int pass = 0; pass < 4; pass++)
        {
            for (int y = 1; y < size - 1; y++)
            {
                for (int x = 1; x < size - 1; x++)
                {
                    int sum = 0;
                    for (int dy = -1; dy <= 1; dy++)
                        for (int dx = -1; dx <= 1; dx++)
                            sum += map[y + dy, x + dx];
                    next[y, x] = sum / 9;
                }
            }
            (map, next) = (next, map);
        }
        long checksum = 0;
        foreach (var v in map) checksum += v;
        return checksum;
    }

    // Recursive search: alpha-beta over a small take-away game.
    public static long RecursiveSearch()
    {
        long nodes = 0;
        int best = AlphaBeta(new int[] { 5, 6, 7, 4 }, 9, int.MinValue + 1, int.MaxValue, ref nodes);
        return best * 1_000_000L + nodes;
    }

    private static int AlphaBeta(int[] heaps, int depth, int alpha, int beta, ref long nodes)
    {
        nodes++;
        if (depth == 0) return Evaluate(heaps);
        bool any = false;
        for (int h = 0; h < heaps.Length; h++)
        {
            for (int take = 1; take <= 3 && take <= heaps[h]; take++)
            {
                any = true;
                heaps[h] -= take;
                int score = -AlphaBeta(heaps, depth - 1, -beta, -alpha, ref nodes);
                heaps[h] += take;
                if (score > alpha) alpha = score;
                if (alpha >= beta) return alpha;
            }
        }
        return any ? alpha : -1000;
    }

    private static int Evaluate(int[] heaps)
    {
        int x = 0;
        foreach (var h in heaps) x ^= h % 4;
        return x == 0 ? -1 : 1;
    }

    // Dictionary-heavy: counting and lookups keyed by ints and tuples.
    public static long DictionaryHeavy()
    {
        var counts = new Dictionary<int, int>();
        var seen = new Dictionary<(int, int), long>();
        long total = 0;
        for (int i = 0; i < 20_000; i++)
        {
            int key = (i * 7919) % 1021;
            counts[key] = counts.TryGetValue(key, out var c) ? c + 1 : 1;
            var pair = (key % 37, i % 11);
            if (seen.TryGetValue(pair, out var s)) total += s; else seen[pair] = i;
        }
        foreach (var kv in counts) total += kv.Key * kv.Value;
        return total + seen.Count;
    }

    // LINQ-heavy: filtering, projection, grouping and ordering of units.
    public static long LinqHeavy()
    {
        var units = Enumerable.Range(0, 2_000)
            .Select(i => new Unit(i, (i * 37) % 100, i % 5, (i * 13) % 50))
            .ToList();
        long total = 0;
        for (int round = 0; round < 5; round++)
        {
            var threats = units
                .Where(u => u.Hp > 20 + round)
                .GroupBy(u => u.Team)
                .Select(g => new { Team = g.Key, Power = g.Sum(u => u.Attack), Best = g.OrderByDescending(u => u.Hp).First().Id })
                .OrderBy(t => t.Power)
                .ToArray();
            total += threats.Sum(t => t.Power + t.Best) + units.Count(u => u.Attack > round * 10);
        }
        return total;
    }

    private sealed record Unit(int Id, int Hp, int Team, int Attack);

    // Struct-heavy grid search: breadth-first search over a maze with a struct point type.
    public static long GridSearch()
    {
        const int w = 96, h = 96;
        var walls = new bool[w * h];
        for (int i = 0; i < walls.Length; i++) walls[i] = (i * 2654435761u) % 7 == 0;
        long total = 0;
        for (int start = 0; start < 4; start++)
        {
            var from = new Point(start * 3 + 1, 1);
            var dist = new int[w * h];
            Array.Fill(dist, -1);
            var queue = new Queue<Point>();
            queue.Enqueue(from);
            dist[from.Index(w)] = 0;
            while (queue.Count > 0)
            {
                var p = queue.Dequeue();
                foreach (var d in Point.Directions)
                {
                    var n = p + d;
                    if (!n.Inside(w, h) || walls[n.Index(w)] || dist[n.Index(w)] >= 0) continue;
                    dist[n.Index(w)] = dist[p.Index(w)] + 1;
                    queue.Enqueue(n);
                }
            }
            foreach (var d in dist) total += d;
        }
        return total;
    }

    private readonly struct Point
    {
        public static readonly Point[] Directions = { new(1, 0), new(-1, 0), new(0, 1), new(0, -1) };
        public Point(int x, int y) { X = x; Y = y; }
        public int X { get; }
        public int Y { get; }
        public int Index(int width) => Y * width + X;
        public bool Inside(int width, int height) => X >= 0 && Y >= 0 && X < width && Y < height;
        public static Point operator +(Point a, Point b) => new(a.X + b.X, a.Y + b.Y);
    }
}
""";
}
