namespace RestrictedCSharp.Compiler.Tests.Agreement;

/// <summary>
/// Small bots, each built around one construct that the compiler lowers into calls the source never names.
/// </summary>
public static class AgreementSources
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Linq;

        """;

    /// <summary>Sources the bots preset itself refuses (they exist to be judged under other rules).</summary>
    public static readonly IReadOnlySet<string> RefusedByPreset = new HashSet<string>(StringComparer.Ordinal)
    {
        "exception-to-string-virtual",
        "collection-expression-span-of-seventeen",
        "collection-expression-span-of-seventeen-strings",
    };

    public static readonly IReadOnlyDictionary<string, string> All = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["collection-expression-span"] = Usings + """
            public sealed class Bot
            {
                public int Sum(int x)
                {
                    Span<int> s = [1, 2, x];
                    ReadOnlySpan<int> r = [x, 2];
                    ReadOnlySpan<int> c = [1, 2, 3];
                    Span<string> names = ["a", x.ToString()];
                    return s[2] + r[0] + c[1] + names.Length;
                }
            }
            """,
        ["collection-expression-span-of-seventeen"] = Usings + """
            public sealed class Bot
            {
                public int Sum(int x)
                {
                    Span<int> s = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x];
                    return s[16] + s.Length;
                }
            }
            """,
        ["collection-expression-readonly-span-of-seventeen-constants"] = Usings + """
            public sealed class Bot
            {
                public int Sum(int x)
                {
                    ReadOnlySpan<int> r = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17];
                    ReadOnlySpan<DayOfWeek> d = [DayOfWeek.Monday, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
                    return r[x] + (int)d[x];
                }
            }
            """,
        ["collection-expression-span-of-seventeen-strings"] = Usings + """
            public sealed class Bot
            {
                public int Sum(int x)
                {
                    ReadOnlySpan<string> s = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q"];
                    return s[x].Length;
                }
            }
            """,
        ["collection-expression-immutable-array"] = Usings + """
            public sealed class Bot
            {
                public int Count(int x)
                {
                    ImmutableArray<int> a = [1, x, 3];
                    ImmutableArray<int> b = [.. a, x];
                    ImmutableList<int> l = [x, 2];
                    return a.Length + b.Length + l.Count;
                }
            }
            """,
        ["collection-expression-spread"] = Usings + """
            public sealed class Bot
            {
                public int Count(int x)
                {
                    List<int> l = [1, x];
                    int[] arr = [.. l, 4];
                    List<int> m = [.. arr, .. l];
                    IEnumerable<int> e = [x, .. m];
                    IReadOnlyList<int> ro = [.. e];
                    ICollection<int> col = [x];
                    IList<int> il = [x, .. ro];
                    HashSet<int> set = [x, 1];
                    int[] fromSpan = [.. (ReadOnlySpan<int>)arr];
                    return arr.Length + m.Count + ro.Count + col.Count + il.Count + set.Count + fromSpan.Length;
                }
            }
            """,
        ["sealed-record-from-abstract-record"] = Usings + """
            public abstract record Shape(int Id);
            public sealed record Circle(int Id, int Radius) : Shape(Id);
            public sealed class Bot
            {
                public bool Same(int x) => new Circle(x, 2) == new Circle(x, 2);
            }
            """,
        ["own-delegate-type"] = Usings + """
            public delegate int Step(int x);
            public sealed class Bot
            {
                public int Run(int x)
                {
                    Step step = v => v + 1;
                    step += v => v * 2;
                    return step(x) + step.Invoke(x);
                }
            }
            """,
        ["string-concatenation"] = Usings + """
            public sealed class Bot
            {
                public string Say(int x, string name, char c) => "x=" + x + name + c + (object)x + name + name + name + name;
            }
            """,
        ["interpolated-string"] = Usings + """
            public sealed class Bot
            {
                public string Say(int x, string name) => $"{x,5}:{name}:{x:D3}";
            }
            """,
        ["tuple-literal"] = Usings + """
            public sealed class Bot
            {
                public int Pair(int x)
                {
                    var t = (x, "b");
                    var (a, b) = t;
                    (int, int, int) three = (1, 2, x);
                    return a + b.Length + t.Item1 + three.Item3;
                }
            }
            """,
        ["foreach-list"] = Usings + """
            public sealed class Bot
            {
                public int Sum(List<int> items)
                {
                    var total = 0;
                    foreach (var item in items) { total += item; }
                    return total;
                }
            }
            """,
        ["foreach-dictionary"] = Usings + """
            public sealed class Bot
            {
                public int Sum(Dictionary<string, int> items)
                {
                    var total = 0;
                    foreach (var (key, value) in items) { total += key.Length + value; }
                    return total;
                }
            }
            """,
        ["foreach-array-and-string"] = Usings + """
            public sealed class Bot
            {
                public int Sum(int[] items, string text)
                {
                    var total = 0;
                    foreach (var item in items) { total += item; }
                    foreach (var c in text) { total += c; }
                    return total;
                }
            }
            """,
        ["using-struct-enumerator"] = Usings + """
            public sealed class Bot
            {
                public int First(List<int> items)
                {
                    using var e = items.GetEnumerator();
                    return e.MoveNext() ? e.Current : -1;
                }
            }
            """,
        ["using-own-disposable"] = Usings + """
            public sealed class Scope : IDisposable
            {
                public int Closed;
                public void Dispose() => Closed++;
            }
            public sealed class Bot
            {
                public int Run()
                {
                    var scope = new Scope();
                    using (scope) { }
                    return scope.Closed;
                }
            }
            """,
        ["null-coalescing-and-conditional-access"] = Usings + """
            public sealed class Bot
            {
                public int Pick(int? x, string? s) => (x ?? 3) + (s?.Length ?? 0) + (x.HasValue ? 1 : 0);
            }
            """,
        ["implicit-conversions"] = Usings + """
            public sealed class Bot
            {
                public decimal Mix(int x)
                {
                    decimal d = x;
                    int? n = x;
                    long l = x;
                    return d + (n ?? 0) + l;
                }
            }
            """,
        ["checked-operators"] = Usings + """
            public sealed class Bot
            {
                public decimal Add(decimal a, decimal b, int x, int y) => checked(a + b) + checked(x * y) + (long)checked((Int128)x + y);
            }
            """,
        ["deconstruction"] = Usings + """
            public sealed class Bot
            {
                public int Split(KeyValuePair<string, int> pair)
                {
                    var (key, value) = pair;
                    return key.Length + value;
                }
            }
            """,
        ["type-comparison-in-equals"] = Usings + """
            public sealed class Bot
            {
                public int X;
                public override bool Equals(object? obj)
                {
                    if (obj == null || GetType() != obj.GetType()) return false;
                    return GetType().Equals(obj.GetType()) && X == ((Bot)obj).X;
                }
                public override int GetHashCode() => X;
            }
            """,
        ["stackalloc-constant-span"] = Usings + """
            public struct Move { public ushort From, To; public int Score; }
            public sealed class Bot
            {
                public int Search(int n)
                {
                    Span<Move> moves = stackalloc Move[256];
                    Span<int> scores = stackalloc int[64];
                    for (var i = 0; i < scores.Length; i++) scores[i] = i * n;
                    moves[0].Score = scores[3];
                    return moves[0].Score + moves.Length;
                }
            }
            """,
        ["assembly-info-and-real-bot-types"] = """
            using System;
            using System.Collections;
            using System.Drawing;
            using System.IO;
            using System.Reflection;
            using System.Runtime.CompilerServices;
            using System.Runtime.InteropServices;
            [assembly: AssemblyTitle("Bot")]
            [assembly: AssemblyVersion("1.0.0.0")]
            [assembly: ComVisible(false)]
            [assembly: Guid("6f1b3c1e-1d2a-4c55-9c1e-000000000001")]
            [Serializable]
            public sealed class Bot
            {
                [NonSerialized] private int _cache;
                [MethodImpl(MethodImplOptions.AggressiveInlining)]
                private static int Square(int v) => v * v;
                public int Run(int n)
                {
                    var r = new Rectangle(new Point(n, 1), new Size(2, 3));
                    var list = new ArrayList { n };
                    var stack = new Stack(); stack.Push(n);
                    var queue = new Queue(); queue.Enqueue(n);
                    using var ms = new MemoryStream(); ms.WriteByte(1); ms.Position = 0;
                    return Square(r.Right) + list.Count + stack.Count + queue.Count + ms.ReadByte() + _cache;
                }
            }
            """,
        ["property-accessors"] = Usings + """
            public sealed class Bot
            {
                public int Grow(int n)
                {
                    var list = new List<int> { n, n };
                    var read = list.Capacity;
                    list.Capacity = read + 8;
                    list[0] += 1;
                    (list.Capacity, var rest) = (list.Capacity * 2, 1);
                    return list[0] + rest;
                }

                public int Read(int n)
                {
                    var list = new List<int> { n };
                    return list.Capacity;
                }
            }
            """,
        ["exception-to-string-virtual"] = Usings + """
            public sealed class Bot
            {
                public string Describe(ArgumentOutOfRangeException e) => e.ToString();
            }
            """,
    };
}
