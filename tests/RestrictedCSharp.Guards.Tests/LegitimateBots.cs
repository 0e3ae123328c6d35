namespace RestrictedCSharp.Guards.Tests;

/// <summary>
/// Honest bot-like programs: each <c>Bot.Run()</c> returns a checksum of its work. They must give the
/// same result guarded and unguarded, and spend the same ticks on every run.
/// </summary>
public static class LegitimateBots
{
    public static TheoryData<string, string> All => new()
    {
        { "grid flood fill", Wrap("""
            var grid = new int[40, 40];
            for (int y = 0; y < 40; y++) for (int x = 0; x < 40; x++) grid[y, x] = (x * 7 + y * 13) % 5 == 0 ? -1 : 0;
            var queue = new Queue<(int X, int Y)>();
            queue.Enqueue((0, 0)); grid[0, 0] = 1;
            while (queue.Count > 0)
            {
                var (cx, cy) = queue.Dequeue();
                foreach (var (dx, dy) in new[] { (1, 0), (-1, 0), (0, 1), (0, -1) })
                {
                    int nx = cx + dx, ny = cy + dy;
                    if (nx < 0 || ny < 0 || nx >= 40 || ny >= 40 || grid[ny, nx] != 0) continue;
                    grid[ny, nx] = grid[cy, cx] + 1;
                    queue.Enqueue((nx, ny));
                }
            }
            long sum = 0; foreach (var v in grid) sum += v; return sum;
            """) },
        { "minimax", Wrap("""
            return Search(6, true, 17);
            static long Search(int depth, bool max, int seed)
            {
                if (depth == 0) return (seed * 31 + 7) % 101;
                long best = max ? long.MinValue : long.MaxValue;
                for (int move = 0; move < 4; move++)
                {
                    long score = Search(depth - 1, !max, seed * 5 + move);
                    best = max ? Math.Max(best, score) : Math.Min(best, score);
                }
                return best;
            }
            """) },
        { "dictionary counting", Wrap("""
            var counts = new Dictionary<string, int>();
            for (int i = 0; i < 5000; i++)
            {
                var key = "k" + (i * 7919 % 97);
                counts[key] = counts.TryGetValue(key, out var c) ? c + 1 : 1;
            }
            return counts.OrderBy(p => p.Key, StringComparer.Ordinal).Aggregate(0L, (acc, p) => acc * 31 + p.Value) ;
            """) },
        { "linq pipeline", Wrap("""
            var units = Enumerable.Range(0, 500).Select(i => new { Id = i, Hp = i * 37 % 100, Team = i % 3 }).ToList();
            var byTeam = units.Where(u => u.Hp > 20).GroupBy(u => u.Team).Select(g => g.Sum(u => u.Hp) * (g.Key + 1)).ToArray();
            return byTeam.Sum() + units.Max(u => u.Hp) + units.Count(u => u.Team == 1);
            """) },
        { "struct vectors", Wrap("""
            var ps = new Vec[200];
            for (int i = 0; i < ps.Length; i++) ps[i] = new Vec(i, i * 2);
            Vec total = default;
            for (int step = 0; step < 50; step++)
                for (int i = 0; i < ps.Length; i++) { ps[i] = ps[i] + new Vec(1, -1); total = total + ps[i]; }
            return total.X * 3 + total.Y;
            """, """
            readonly record struct Vec(long X, long Y) { public static Vec operator +(Vec a, Vec b) => new(a.X + b.X, a.Y + b.Y); }
            """) },
        { "string building", Wrap("""
            var sb = new StringBuilder();
            for (int i = 0; i < 300; i++) sb.Append(i % 10).Append(',');
            var parts = sb.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
            return parts.Select(int.Parse).Sum() + $"{parts.Length:D5}".PadLeft(8, '0').Length;
            """) },
        { "iterators and local functions", Wrap("""
            IEnumerable<int> Primes(int limit) { for (int n = 2; n < limit; n++) if (IsPrime(n)) yield return n; }
            static bool IsPrime(int n) { for (int d = 2; d * d <= n; d++) if (n % d == 0) return false; return true; }
            return Primes(2000).TakeWhile(p => p < 1500).Aggregate(0L, (a, p) => a + p * p);
            """) },
        { "classes, properties, exceptions", Wrap("""
            var units = new List<Unit>();
            for (int i = 0; i < 100; i++) units.Add(new Unit(i));
            long score = 0;
            foreach (var u in units)
            {
                try { score += u.Attack(i: u.Id % 7); }
                catch (InvalidOperationException e) when (e.Message.Length > 0) { score -= 1; }
                finally { score += u.Hp; }
            }
            return score;
            """, """
            sealed class Unit
            {
                public Unit(int id) { Id = id; Hp = 10 + id % 4; }
                public int Id { get; }
                public int Hp { get; private set; }
                public int Power => Id * 2 + 1;
                public int Attack(int i) { if (i == 3) throw new InvalidOperationException("miss"); Hp -= 1; return Power * i; }
            }
            """) },
        { "goto state machine", Wrap("""
            int state = 0, steps = 0; long acc = 1;
            start:
            steps++;
            switch (state)
            {
                case 0: acc = acc * 3 % 1000003; state = 1; goto case 1;
                case 1: acc += steps; state = steps % 4 == 0 ? 2 : 0; break;
                case 2: acc ^= 0x5555; state = 0; break;
            }
            if (steps < 1000) goto start;
            return acc;
            """) },
        { "jagged arrays and sorting", Wrap("""
            var rows = new int[30][];
            for (int r = 0; r < rows.Length; r++) { rows[r] = new int[r + 1]; for (int c = 0; c <= r; c++) rows[r][c] = (r * 31 + c * 17) % 23; }
            var flat = rows.SelectMany(r => r).ToArray();
            Array.Sort(flat);
            var pq = new PriorityQueue<int, int>(16);
            foreach (var v in flat) { pq.Enqueue(v, -v); if (pq.Count > 10) pq.Dequeue(); }
            long s = 0; while (pq.Count > 0) s = s * 7 + pq.Dequeue(); return s + flat.Length;
            """) },
    };

    private static string Wrap(string body, string members = "") => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Text;

        public static class Bot
        {
            public static long Run()
            {
        {{body}}
            }
        }

        {{members}}
        """;
}
