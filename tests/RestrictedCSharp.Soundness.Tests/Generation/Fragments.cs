namespace RestrictedCSharp.Soundness.Tests.Generation;

/// <summary>
/// One piece of a generated bot: members of the <c>Bot</c> class (a method <c>long Name(int n)</c> and the
/// nested types it needs), written from a size chosen by the generator. The catalogue mixes everyday code
/// with every shape of work an attacker used to escape the budgets: library loops, compiler-synthesized
/// members, deep or wide frames, fresh generic instantiations, counters the loop's condition rewrites.
/// Whatever a fragment does, an accepted bot must end inside its budgets.
/// </summary>
internal sealed record Fragment(string Kind, Func<string, long, string> Write, bool Honest = false, string? OpenGap = null)
{
    /// <summary>Sizes an honest bot uses; a fragment marked <see cref="Honest"/> must be accepted and end ok at them.</summary>
    public static readonly long[] HonestSizes = [3, 700];

    /// <summary>Sizes an attacker uses; each fragment reads the one it is given as it needs.</summary>
    public static readonly long[] HostileSizes = [100_000, 50_000_000, int.MaxValue];

    public static readonly IReadOnlyList<Fragment> Catalogue =
    [
        new("nested-loops", (name, size) => $$"""
            private static long {{name}}(int n)
            {
                long s = 0;
                for (int i = 0; i < {{size}}; i++)
                    for (int j = 0; j < {{size}}; j++)
                        s += i ^ j ^ n;
                return s;
            }
            """, Honest: true),
        new("constant-nested-loops", (name, size) => $$"""
            private static long {{name}}(int n)
            {
                long s = 0;
                for (int a = 0; a < 1000; a++) for (int b = 0; b < 1000; b++) for (int c = 0; c < {{Math.Min(size, 1000)}}; c++) s += a + b + c;
                return s + n;
            }
            """),
        new("condition-writes-counter", (name, size) => $$"""
            private static long {{name}}(int n)
            {
                long s = 0;
                for (int i = 0; i < {{Math.Min(size, 1000)}} && (i = {{(size > 1000 ? "0" : "i")}}) == i; i++) s++;
                return s + n;
            }
            """, Honest: true),
        new("closure-swaps-array", (name, size) => $$"""
            private static long {{name}}(int n)
            {
                var items = new int[4];
                System.Action grow = () => { if (items.Length < {{Math.Min(size, 1 << 20)}}) items = new int[items.Length * 2]; };
                long s = 0;
                for (int i = 0; i < items.Length; i++) { grow(); s += items[i] + i; }
                return s + n;
            }
            """, Honest: true),
        new("recursion", (name, size) => $$"""
            private static long {{name}}(int n) => {{name}}Down({{Math.Min(size, 10_000_000)}});
            private static long {{name}}Down(long d) => d <= 0 ? 0 : 1 + {{name}}Down(d - 1);
            """, Honest: true),
        new("wide-frames", (name, size) => $$"""
            private struct {{name}}A { public long A0, A1, A2, A3, A4, A5, A6, A7; }
            private struct {{name}}B { public {{name}}A B0, B1, B2, B3, B4, B5, B6, B7; }
            private struct {{name}}C { public {{name}}B C0, C1, C2, C3, C4, C5, C6, C7; }
            private struct {{name}}D { public {{name}}C D0, D1, D2, D3, D4, D5, D6, D7; }
            private struct {{name}}E { public {{name}}D E0, E1, E2, E3, E4, E5, E6, E7; }
            private static long {{name}}(int n) => {{name}}Down(default, {{Math.Min(size, 100_000)}});
            private static long {{name}}Down({{name}}E e, long d) { var copy = e; copy.E1.D2.C3.B4.A5 = d; return d <= 0 ? copy.E0.D0.C0.B0.A0 : 1 + {{name}}Down(copy, d - 1); }
            """),
        new("huge-frame", (name, size) => $$"""
            private struct {{name}}A { public long A0, A1, A2, A3, A4, A5, A6, A7; }
            private struct {{name}}B { public {{name}}A B0, B1, B2, B3, B4, B5, B6, B7; }
            private struct {{name}}C { public {{name}}B C0, C1, C2, C3, C4, C5, C6, C7; }
            private struct {{name}}D { public {{name}}C D0, D1, D2, D3, D4, D5, D6, D7; }
            private struct {{name}}E { public {{name}}D E0, E1, E2, E3, E4, E5, E6, E7; }
            private struct {{name}}F { public {{name}}E F0, F1, F2, F3, F4, F5, F6, F7; }
            private struct {{name}}G { public {{name}}F G0, G1, G2, G3, G4, G5, G6, G7; }
            private static long {{name}}(int n) { var big = new {{name}}{{(size > 700 ? "G" : "B")}}(); return {{name}}Use(big) + n; }
            private static long {{name}}Use({{name}}{{(size > 700 ? "G" : "B")}} value) { var copy = value; return copy.Equals(value) ? 1 : 0; }
            """),
        new("linq-over-range", (name, size) => $$"""
            private static long {{name}}(int n)
            {
                var range = System.Linq.Enumerable.Range(0, {{Math.Min(size, int.MaxValue - 1)}});
                return System.Linq.Enumerable.Sum(System.Linq.Enumerable.Select(range, x => (long)(x & 7)))
                    + System.Linq.Enumerable.Count(range)
                    + (System.Linq.Enumerable.SequenceEqual(range, System.Linq.Enumerable.Range(0, {{Math.Min(size, int.MaxValue - 1)}})) ? 1 : 0)
                    + System.Linq.Enumerable.Max(range) + n;
            }
            """, Honest: true),
        new("select-many", (name, size) => $$"""
            private static long {{name}}(int n)
                => System.Linq.Enumerable.LongCount(System.Linq.Enumerable.SelectMany(System.Linq.Enumerable.Range(0, 8), x => System.Linq.Enumerable.Range(x, {{Math.Min(size, int.MaxValue - 8)}}))) + n;
            """, Honest: true),
        new("array-library", (name, size) => $$"""
            private static long {{name}}(int n)
            {
                var items = new int[{{Math.Min(size, 8_000_000)}}];
                long s = 0;
                for (int round = 0; round < 200; round++)
                {
                    System.Array.Sort(items);
                    System.Array.Reverse(items);
                    s += System.Array.IndexOf(items, round + 1);
                }
                return s + n;
            }
            """),
        new("list-contains", (name, size) => $$"""
            private static long {{name}}(int n)
            {
                var list = new System.Collections.Generic.List<int>(System.Linq.Enumerable.Repeat(0, {{Math.Min(size, 4_000_000)}}));
                long s = 0;
                for (int round = 0; round < 100; round++) s += list.Contains(round + 1) ? 1 : 0;
                return s + list.Count + n;
            }
            """, Honest: true),
        new("string-library", (name, size) => $$"""
            private static long {{name}}(int n)
            {
                var text = new string('a', {{Math.Min(size, 8_000_000)}});
                long s = 0;
                for (int round = 0; round < 100; round++) s += text.IndexOf('b') + text.LastIndexOf("ab", System.StringComparison.Ordinal);
                return s + text.Length + n;
            }
            """, Honest: true),
        new("lazy-over-grown-list", (name, size) => $$"""
            private static long {{name}}(int n)
            {
                var list = new System.Collections.Generic.List<int>();
                var distinct = System.Linq.Enumerable.Distinct(list);
                for (int i = 0; i < {{Math.Min(size, 4_000_000)}}; i++) list.Add(0);
                long s = 0;
                for (int round = 0; round < 100; round++) s += System.Linq.Enumerable.Count(distinct);
                return s + n;
            }
            """, Honest: true),
        new("string-concat-copies", (name, size) => $$"""
            private static long {{name}}(int n)
            {
                var text = new string('a', {{Math.Min(size, 4_000_000)}});
                long s = 0;
                for (int round = 0; round < 2_000; round++) { var copy = text + "b"; s += copy.Length; }
                string grown = "";
                for (int round = 0; round < {{Math.Min(size, 20_000)}}; round++) grown += "ab";
                return s + grown.Length + n;
            }
            """, Honest: true),
        new("string-equality-and-keys", (name, size) => $$"""
            private static long {{name}}(int n)
            {
                var a = new string('a', {{Math.Min(size, 4_000_000)}});
                var b = new string('a', {{Math.Min(size, 4_000_000)}});
                var map = new System.Collections.Generic.Dictionary<string, int> { [a] = 1 };
                long s = 0;
                for (int round = 0; round < 300; round++)
                {
                    s += a == b ? 1 : 0;
                    s += map.TryGetValue(b, out int v) ? v : 0;
                    switch (b) { case "x": s++; break; case "y": s += 2; break; case "z": s += 3; break; case "w": s += 4; break; case "v": s += 5; break; case "u": s += 6; break; case "t": s += 7; break; }
                }
                return s + n;
            }
            """, Honest: true),
        new("records-with-long-strings", (name, size) => $$"""
            private sealed record {{name}}Person(string Name, int Age);
            private readonly record struct {{name}}Tag(string Text, int Weight);
            private static long {{name}}(int n)
            {
                var a = new {{name}}Person(new string('a', {{Math.Min(size, 4_000_000)}}), 1);
                var b = new {{name}}Person(new string('a', {{Math.Min(size, 4_000_000)}}), 1);
                var tag = new {{name}}Tag(a.Name, 2);
                var set = new System.Collections.Generic.HashSet<{{name}}Person> { a };
                var pairs = new System.Collections.Generic.List<(string, int)> { (a.Name, 1), (b.Name, 2) };
                long s = 0;
                for (int round = 0; round < {{(size <= 1000 ? 20 : 2000)}}; round++)
                {
                    s += a == b ? 1 : 0;
                    s += set.Contains(b) ? 1 : 0;
                    s += tag.Equals(new {{name}}Tag(b.Name, 2)) ? 1 : 0;
                    s += pairs.Contains((b.Name, 3)) ? 1 : 0;
                    s += new { a.Name, n }.Equals(new { b.Name, n }) ? 1 : 0;
                }
                return s + n;
            }
            """, Honest: true),
        new("spread-and-sort", (name, size) => $$"""
            private static long {{name}}(int n)
            {
                var list = new System.Collections.Generic.List<int>(System.Linq.Enumerable.Range(0, {{Math.Min(size, 4_000_000)}}));
                long s = 0;
                for (int round = 0; round < 5; round++)
                {
                    int[] copy = [.. list];
                    list.Sort();
                    s += copy.Length + System.Linq.Enumerable.First(System.Linq.Enumerable.OrderBy(list, x => -x));
                }
                return s + n;
            }
            """, Honest: true),
        new("record-dag", (name, size) => $$"""
            private sealed record {{name}}Node({{name}}Node? Left, {{name}}Node? Right, int Value);
            private static long {{name}}(int n)
            {
                {{name}}Node a = new(null, null, 0), b = new(null, null, 0);
                for (int i = 0; i < {{Math.Min(size, 64)}}; i++) { a = new(a, a, i); b = new(b, b, i); }
                return (a == b ? 1 : 0) + (a.Equals(b) ? 1 : 0) + n;
            }
            """),
        new("record-chain", (name, size) => $$"""
            private sealed record {{name}}Link({{name}}Link? Next, int Value);
            private static long {{name}}(int n)
            {
                {{name}}Link a = new(null, 0), b = new(null, 0);
                for (int i = 0; i < {{Math.Min(size, 2_000_000)}}; i++) { a = new(a, i); b = new(b, i); }
                return (a == b ? 1 : 0) + a.ToString().Length + n;
            }
            """),
        new("tuple-dag", (name, size) => $$"""
            private static long {{name}}(int n)
            {
                object a = 0, b = 0;
                for (int i = 0; i < {{Math.Min(size, 64)}}; i++) { a = System.Tuple.Create(a, a); b = System.Tuple.Create(b, b); }
                return (a.Equals(b) ? 1 : 0) + n;
            }
            """),
        new("anonymous-dag", (name, size) => $$"""
            private static long {{name}}(int n)
            {
                object a = 0, b = 0;
                for (int i = 0; i < {{Math.Min(size, 64)}}; i++) { a = new { L = a, R = a }; b = new { L = b, R = b }; }
                return (a.Equals(b) ? 1 : 0) + n;
            }
            """),
        new("generic-expansion", (name, size) => $$"""
            private static long {{name}}(int n) => {{name}}Grow<int>({{Math.Min(size, 100_000)}});
            private static long {{name}}Grow<T>(long d) => d <= 0 ? 0 : 1 + {{name}}Grow<System.Collections.Generic.List<T>>(d - 1);
            """),
        new("exception-type-name", (name, size) => $$"""
            private sealed class {{name}}Pair<T, U> { }
            private sealed class {{name}}Failure<T> : System.Exception { }
            private static long {{name}}(int n) => {{name}}Throw<int>({{Math.Min(size, 30)}});
            private static long {{name}}Throw<T>(long d) => d <= 0 ? throw new {{name}}Failure<T>() : {{name}}Throw<{{name}}Pair<T, T>>(d - 1);
            """),
        new("method-group-allocation", (name, size) => $$"""
            private static long {{name}}(int n)
            {
                System.Func<int, string> pad = "".PadLeft;
                return pad({{Math.Min(size, 400_000_000)}}).Length + n;
            }
            """),
        new("string-builder-insert", (name, size) => $$"""
            private static long {{name}}(int n)
                => new System.Text.StringBuilder("x").Insert(0, "abcdefgh", {{Math.Min(size, 50_000_000)}}).Length + n;
            """),
        new("caught-exceptions", (name, size) => $$"""
            private static long {{name}}(int n)
            {
                long s = 0;
                for (int i = 0; i < {{Math.Min(size, 100_000)}}; i++)
                {
                    try { if (i % 3 == 0) throw new System.InvalidOperationException("round " + i); s += i; }
                    catch (System.InvalidOperationException e) { s += e.Message.Length; }
                }
                return s + n;
            }
            """, Honest: true),
        new("closures-and-iterators", (name, size) => $$"""
            private static System.Collections.Generic.IEnumerable<long> {{name}}Numbers(long count) { for (long i = 0; i < count; i++) yield return i; }
            private static long {{name}}(int n)
            {
                long total = 0;
                System.Func<long, long> square = x => x * x;
                foreach (var x in {{name}}Numbers({{size}})) total += square(x) & 15;
                return total + System.Linq.Enumerable.Count({{name}}Numbers({{size}})) + n;
            }
            """, Honest: true),
        new("text-per-match", (name, size) => $$"""
            private static long {{name}}(int n)
            {
                var text = new string(',', {{Math.Min(size, 15_000_000)}});
                long s = 0;
                for (int round = 0; round < 20; round++) { s += text.Replace(",", ",;").Length; s += text.Split(',').Length; }
                return s + n;
            }
            """, Honest: true),
        new("receivers-no-guard-stands-around", (name, size) => $$"""
            private class {{name}}Pile : System.Collections.Generic.List<int>
            {
                public {{name}}Pile(int size) : base(new int[size]) { }
                public bool Has(int x) => base.Contains(x);
            }
            private sealed class {{name}}Box { public System.Collections.Generic.List<int> Items; public {{name}}Box Next; }
            private static long {{name}}(int n)
            {
                var pile = new {{name}}Pile({{Math.Min(size, 4_000_000)}});
                var box = new {{name}}Box { Next = new {{name}}Box { Items = pile } };
                long s = 0;
                for (int round = 0; round < 20; round++) { s += pile.Has(-1) ? 1 : 0; s += box?.Next?.Items?.IndexOf(-1) ?? 0; }
                return s + n;
            }
            """, Honest: true),
        new("derived-collection-lies-about-count", (name, size) => $$"""
            private sealed class {{name}}Pile : System.Collections.Generic.List<int>, System.Collections.Generic.ICollection<int>
            {
                public {{name}}Pile(int size) : base(new int[size]) { }
                int System.Collections.Generic.ICollection<int>.Count => 0;
            }
            private static long {{name}}(int n)
            {
                var pile = new {{name}}Pile({{Math.Min(size, 4_000_000)}});
                long s = 0;
                for (int round = 0; round < 1000; round++) s += pile.Contains(-1) ? 1 : 0;
                return s + n;
            }
            """),
        new("collections", (name, size) => $$"""
            private static long {{name}}(int n)
            {
                var map = new System.Collections.Generic.Dictionary<string, int>();
                var queue = new System.Collections.Generic.Queue<int>();
                for (int i = 0; i < {{Math.Min(size, 1_000_000)}}; i++) { map["k" + (i % 97)] = i; queue.Enqueue(i); if (queue.Count > 50) queue.Dequeue(); }
                long s = 0;
                foreach (var pair in map) s += pair.Value + pair.Key.Length;
                return s + queue.Count + n;
            }
            """, Honest: true),
    ];
}
