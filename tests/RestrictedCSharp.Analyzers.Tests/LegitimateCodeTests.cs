using static RestrictedCSharp.Analyzers.Tests.Infrastructure.AnalyzerRunner;

namespace RestrictedCSharp.Analyzers.Tests;

/// <summary>Ordinary modern C# that a bot writes must pass the bots preset with no diagnostic at all.</summary>
public class LegitimateCodeTests
{
    [Fact]
    public Task Sdk_implicit_global_usings_are_silent() => VerifyAsync("""
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        class Bot { int Run(List<int> xs) => xs.Sum(); }
        """);

    [Fact]
    public Task Records_and_pattern_matching() => VerifyAsync("""
        using System;
        abstract record Shape;
        sealed record Circle(double Radius) : Shape;
        sealed record Rect(double W, double H) : Shape;
        readonly record struct Cell(int X, int Y) { public override int GetHashCode() => unchecked(X * 31 + Y); }
        class Bot
        {
            double Area(Shape shape) => shape switch
            {
                Circle { Radius: > 0 } c => Math.PI * c.Radius * c.Radius,
                Rect(var w, var h) when w == h => w * w,
                Rect r => r.W * r.H,
                _ => 0,
            };

            bool Near(Cell a, Cell b) => (a, b) is ({ X: var x1 }, { X: var x2 }) && Math.Abs(x1 - x2) <= 1
                && a with { Y = 0 } != b && a.ToString().Length > 0 && a.GetHashCode() != 1 && a.Equals(b) is false;

            string Kind(object o) => o switch { int n and > 0 => "positive", string { Length: 0 } => "empty", null => "null", _ => "other" };
        }
        """);

    [Fact]
    public Task Linq_query_syntax_and_method_syntax() => VerifyAsync("""
        using System.Collections.Generic;
        using System.Linq;
        record Unit(int Id, int Team, int Hp);
        class Bot
        {
            IEnumerable<(int Team, int Total)> Run(List<Unit> units, int[] teams)
            {
                var query =
                    from u in units
                    join t in teams on u.Team equals t
                    where u.Hp > 0
                    let weight = u.Hp * 2
                    orderby weight descending, u.Id
                    group weight by u.Team into g
                    select (g.Key, g.Sum());
                var best = units.Where(u => u.Hp > 0).OrderBy(u => u.Id).ThenBy(u => u.Hp).Select(u => u.Id).DefaultIfEmpty(-1).Max();
                var lookup = units.ToLookup(u => u.Team).ToDictionary(g => g.Key, g => g.Count());
                return query.Take(best + lookup.Count).ToList();
            }
        }
        """);

    [Fact]
    public Task Iterators_events_and_delegates() => VerifyAsync("""
        using System;
        using System.Collections.Generic;
        class Bot
        {
            public event EventHandler<int>? Moved;
            public event Action? Done;
            private readonly Func<int, int> _double = x => x * 2;

            IEnumerable<int> Steps(int n)
            {
                for (var i = 0; i < n; i++) yield return _double(i);
                yield break;
            }

            void Run()
            {
                Done += OnDone;
                foreach (var s in Steps(3)) Moved?.Invoke(this, s);
                Done -= OnDone;
                Predicate<int> even = x => x % 2 == 0;
                Comparison<int> cmp = (a, b) => b.CompareTo(a);
                var list = new List<int> { 3, 1, 2 };
                list.Sort(cmp);
                list.RemoveAll(even);
            }

            void OnDone() { }
        }
        """);

    [Fact]
    public Task Collection_expressions_ranges_and_spans() => VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        class Bot
        {
            int Run()
            {
                int[] a = [1, 2, 3, 4];
                List<int> l = [.. a, 5];
                ImmutableArray<int> im = [1, 2];
                ReadOnlySpan<int> span = a;
                Span<int> mid = a.AsSpan(1..^1);
                var tail = a[1..];
                var last = a[^1];
                var sub = "hello"[1..3];
                var index = new Index(1, fromEnd: true);
                return l.Count + im.Length + span.Length + mid.Length + tail.Length + last + sub.Length + a[index] + new Range(0, 1).Start.Value;
            }
        }
        """);

    [Fact]
    public Task Primary_constructors_interpolated_strings_and_tuples() => VerifyAsync("""
        using System;
        using System.Globalization;
        using System.Text;
        class Bot(int seed, string name)
        {
            private readonly Random _random = new(seed);

            public (int Move, string Why) Decide(int turn)
            {
                var (x, y) = (turn % 3, turn / 3);
                var sb = new StringBuilder();
                sb.Append(name).Append(':').Append(x.ToString(CultureInfo.InvariantCulture));
                var text = $"{name} turn {turn,5} at {1.5:F2} {x}/{y}";
                var parsed = int.Parse("42", CultureInfo.InvariantCulture) + double.Parse("1.5", CultureInfo.InvariantCulture);
                return (_random.Next(0, 4) + x + (int)parsed, text + sb.ToString() + string.Join(",", new[] { "a", "b" }));
            }
        }
        """);

    [Fact]
    public Task Generic_math_with_static_abstract_members() => VerifyAsync("""
        using System.Numerics;
        static class Geometry
        {
            public static T Sum<T>(T[] values) where T : INumber<T>
            {
                var total = T.Zero;
                foreach (var v in values) total += v;
                return total;
            }

            public static T Lerp<T>(T a, T b, T t) where T : IFloatingPoint<T> => a + (b - a) * t;
        }
        interface IScore<TSelf> where TSelf : IScore<TSelf> { static abstract TSelf Zero { get; } }
        readonly record struct Score(int Value) : IScore<Score>, IAdditionOperators<Score, Score, Score>
        {
            public static Score Zero => new(0);
            public static Score operator +(Score a, Score b) => new(a.Value + b.Value);
        }
        class Bot
        {
            double Run() => Geometry.Sum(new[] { 1.0, 2.0 }) + Geometry.Lerp(0f, 1f, 0.5f) + Geometry.Sum(new[] { 1, 2 }) + (Score.Zero + new Score(2)).Value;
        }
        """);

    [Fact]
    public Task Collections_numerics_and_exceptions() => VerifyAsync("""
        using System;
        using System.Collections;
        using System.Collections.Generic;
        using System.Numerics;
        class InvalidMoveException(string message) : InvalidOperationException(message);
        class Bot
        {
            int Run(int[] board)
            {
                var queue = new PriorityQueue<int, int>();
                queue.Enqueue(1, 5);
                var sorted = new SortedDictionary<int, string> { [1] = "a" };
                var set = new SortedSet<int>(board);
                var bits = new BitArray(8);
                bits[1] = true;
                var v = new Vector2(1, 2) + Vector2.One;
                var big = (Int128)long.MaxValue * 2;
                var half = (Half)1.5f;
                var lazy = new Lazy<int>(() => 3);
                var hash = unchecked(half.GetHashCode() * 31 + DayOfWeek.Friday.GetHashCode());
                var values = Enum.GetValues<DayOfWeek>();
                var popcount = BitOperations.PopCount(42u);
                decimal money = 1.5m * 2;
                try
                {
                    if (board.Length == 0) throw new InvalidMoveException("empty");
                    return checked(board[0] + 1);
                }
                catch (InvalidMoveException e) when (e.Message.Length > 0)
                {
                    return -1;
                }
                catch (OverflowException)
                {
                    return int.MaxValue;
                }
                finally
                {
                    _ = (queue.Count, sorted.Count, set.Count, v.X, big, half, lazy.Value, hash, values.Length, popcount, money);
                }
            }
        }
        """);

    [Fact]
    public Task Local_functions_lambdas_and_nullable() => VerifyAsync("""
        using System;
        using System.Collections.Generic;
        class Bot
        {
            int? Best(Dictionary<string, int>? scores)
            {
                if (scores is null || scores.Count == 0) return null;
                int Score(KeyValuePair<string, int> kv) => kv.Value * Weight(kv.Key);
                static int Weight(string s) => s.Length;
                var best = int.MinValue;
                foreach (var kv in scores) best = Math.Max(best, Score(kv));
                Func<int, int> square = static x => x * x;
                return square(best) as int? ?? 0;
            }
        }
        """);
}
