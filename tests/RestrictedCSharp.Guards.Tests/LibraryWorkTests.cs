using RestrictedCSharp.Guards.Tests.Infrastructure;

namespace RestrictedCSharp.Guards.Tests;

/// <summary>
/// Library work (docs/soundness/library-work.md): a call into the library is charged for the data it walks,
/// so work done by code nobody guarded trips the tick limit instead of running to the wall clock. Each attack
/// below ran for seconds on one tick per call before the charges; each must now trip, and honest code must
/// still run with the same results.
/// </summary>
[Collection(GuardStateCollection.Name)]
public sealed class LibraryWorkTests
{
    private static string Bot(string members) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Text;

        public static class Bot
        {
        {{members}}
        }
        """;

    private static BotOutcome Run(string body)
        => BotRun.Guarded(Bot($$"""
            public static long Run()
            {
                long x = 0;
                {{body}}
                return x;
            }
            """));

    private static string GuardedText(string body)
        => BotCompiler.Guard(Bot($$"""
            public static long Run(List<int> list, string text, int[] items, Dictionary<string, int> map)
            {
                long x = 0;
                {{body}}
                return x;
            }
            """)).Trees.Single().Guarded.ToString();

    [Theory]
    [InlineData("x = Enumerable.Range(0, int.MaxValue).Count();")]
    [InlineData("x = Enumerable.Range(0, int.MaxValue).SequenceEqual(Enumerable.Range(0, int.MaxValue)) ? 1 : 0;")]
    [InlineData("x = Enumerable.Range(0, int.MaxValue).Max();")]
    [InlineData("x = Enumerable.Range(0, 8).SelectMany(i => Enumerable.Range(i, int.MaxValue - 8)).LongCount();")]
    [InlineData("x = Enumerable.Range(0, int.MaxValue).Select(i => i).Skip(int.MaxValue - 1).First();")]
    [InlineData("var items = new int[100_000]; for (int r = 0; r < 1000; r++) { Array.Sort(items); Array.Reverse(items); x += Array.IndexOf(items, 1); }")]
    [InlineData("var list = new List<int>(new int[100_000]); for (int r = 0; r < 1000; r++) x += list.Contains(1) ? 1 : 0;")]
    [InlineData("var text = new string('a', 1_000_000); for (int r = 0; r < 1000; r++) x += text.IndexOf('b');")]
    [InlineData("var list = new List<int>(); var d = list.Distinct(); for (int i = 0; i < 100_000; i++) list.Add(0); for (int r = 0; r < 1000; r++) x += d.Count();")]
    [InlineData("var text = new string('a', 1_000_000); for (int r = 0; r < 1000; r++) x += (text + \"b\").Length;")]
    [InlineData("var s = \"\"; for (int r = 0; r < 100_000; r++) s += \"ab\"; x = s.Length;")]
    [InlineData("var a = new string('a', 1_000_000); var b = new string('a', 1_000_000); for (int r = 0; r < 1000; r++) x += a == b ? 1 : 0;")]
    [InlineData("var a = new string('a', 1_000_000); var map = new Dictionary<string, int> { [a] = 1 }; var b = new string('a', 1_000_000); for (int r = 0; r < 1000; r++) x += map[b];")]
    [InlineData("var list = new List<int>(new int[100_000]); for (int r = 0; r < 1000; r++) { int[] copy = [.. list]; x += copy.Length; }")]
    [InlineData("var stream = new System.IO.MemoryStream(new byte[4_000_000]); for (int r = 0; r < 100_000; r++) x += stream.ToArray().Length;")]
    [InlineData("List<int>? list = new List<int>(new int[100_000]); for (int r = 0; r < 1000; r++) x += list?.Contains(1) == true ? 1 : 0;")]
    [InlineData("var text = new string('a', 1_000_000); string? maybe = text; for (int r = 0; r < 1000; r++) x += maybe?.IndexOf('b').ToString().Length ?? 0;")]
    [InlineData("var stream = new System.IO.MemoryStream(new byte[4_000_000]); for (int r = 0; r < 100_000; r++) { var copy = new System.IO.MemoryStream(); stream.Position = 0; stream.CopyTo(copy); x += copy.Length; }")]
    [InlineData("var sorted = new SortedList<int, int>(); for (int i = 1_000_000; i > 0; i--) sorted[i] = i; x = sorted.Count;")]
    [InlineData("IDictionary<int, int> sorted = new SortedList<int, int>(); for (int i = 1_000_000; i > 0; i--) sorted.Add(i, i); x = sorted.Count;")]
    [InlineData("var words = new List<string>(); for (int i = 0; i < 500; i++) words.Add(new string('w', 10_000)); for (int r = 0; r < 1000; r++) x += words.Contains(\"z\") ? 1 : 0;")]
    public void Work_the_library_does_over_the_bots_data_trips_the_tick_limit(string body)
    {
        var outcome = Run(body);
        outcome.Tripped.Should().Be(GuardLimitKind.Ticks, outcome.ToString());
    }

    // Work hidden behind an enumerator a bot hands to the library, an interface, an implicit call or a range.
    [Theory]
    [InlineData("x = new Lie().Max();")]
    [InlineData("var list = new List<int>(new int[1_000_000]); for (int r = 0; r < 1000; r++) x += new Lie(list).Max();")]
    [InlineData("var a = new string('a', 1_000_000); ICollection<string> set = new HashSet<string> { \"b\" }; for (int r = 0; r < 10_000; r++) set.Add(a);")]
    [InlineData("var s = new string('a', 1_000_000); for (int r = 0; r < 10_000; r++) s += 'a'; x = s.Length;")]
    [InlineData("var s = new string('a', 1_000_000); var sb = new StringBuilder(\"b\"); for (int r = 0; r < 10_000; r++) s += sb; x = s.Length;")]
    [InlineData("var sb = new StringBuilder().Append('a', 1_000_000); for (int r = 0; r < 10_000; r++) x += (\"\" + sb).Length;")]
    [InlineData("var sb = new StringBuilder().Append('a', 1_000_000); for (int r = 0; r < 10_000; r++) x += $\"{sb}\".Length;")]
    [InlineData("var text = new string('a', 1_000_000); for (int r = 0; r < 10_000; r++) x += text[1..].Length;")]
    [InlineData("var items = new int[1_000_000]; for (int r = 0; r < 10_000; r++) x += items[1..].Length;")]
    public void Work_hidden_from_the_call_site_trips_the_tick_limit(string body)
    {
        // A copy may trip the allocation budget first; either way before the work runs away (unguarded,
        // each of these ran for tens of seconds and allocated tens of gigabytes).
        var outcome = BotRun.Guarded(Bot(LieMembers + RunMembers(body)));
        outcome.Tripped.Should().BeOneOf([GuardLimitKind.Ticks, GuardLimitKind.AllocatedBytes], outcome.ToString());
        outcome.Usage.BytesAllocated.Should().BeLessThan(1L << 30, outcome.ToString());
    }

    // Equality and hashing through object, a T that is not a string, or a compiler-written member.
    [Theory]
    [InlineData("var a = new string('a', 1_000_000); var set = new HashSet<object> { 1 }; for (int r = 0; r < 10_000; r++) x += set.Contains(a) ? 1 : 0;")]
    [InlineData("var a = new string('a', 1_000_000); var b = new string('a', 1_000_000); for (int r = 0; r < 10_000; r++) x += object.Equals(a, b) ? 1 : 0;")]
    [InlineData("var a = new string('a', 1_000_000); var b = new string('a', 1_000_000); for (int r = 0; r < 10_000; r++) x += Comparer<object>.Default.Compare(a, b);")]
    [InlineData("var a = new string('a', 1_000_000); var set = new HashSet<(string, int)> { (\"b\", 0) }; for (int r = 0; r < 10_000; r++) x += set.Contains((a, r)) ? 1 : 0;")]
    public void Strings_compared_by_code_no_guard_stands_at_trip_the_tick_limit(string body)
    {
        var outcome = Run(body);
        outcome.Tripped.Should().Be(GuardLimitKind.Ticks, outcome.ToString());
    }

    /// <summary>A collection that says it is empty and hands the library an enumerator over a large sequence.</summary>
    private const string LieMembers = """
        private sealed class Lie : ICollection<int>
        {
            private readonly IEnumerable<int> _items;
            public Lie() : this(Enumerable.Range(0, int.MaxValue)) { }
            public Lie(IEnumerable<int> items) { _items = items; }
            public int Count => 0;
            public bool IsReadOnly => true;
            public void Add(int item) { }
            public void Clear() { }
            public bool Contains(int item) => false;
            public void CopyTo(int[] array, int arrayIndex) { }
            public bool Remove(int item) => false;
            public IEnumerator<int> GetEnumerator() => _items.GetEnumerator();
            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _items.GetEnumerator();
        }

        """;

    private static string RunMembers(string body) => $$"""
        public static long Run()
        {
            long x = 0;
            {{body}}
            return x;
        }
        """;

    [Fact]
    public void A_generator_consumed_whole_trips_a_budget_before_it_runs()
    {
        // Repeat has a size rule, so the allocation budget may trip first; either way, before the work.
        var outcome = Run("x = Enumerable.Repeat(1, int.MaxValue).Sum();");
        outcome.Tripped.Should().BeOneOf(GuardLimitKind.Ticks, GuardLimitKind.AllocatedBytes);
        outcome.Usage.TicksUsed.Should().BeLessThan(100);
    }

    [Fact]
    public void Charging_a_sequence_of_strings_does_not_run_the_bots_lambdas_a_second_time()
    {
        // A stored Select over a list knows its count, but summing its strings' lengths up front would
        // enumerate it, and so call the lambda, once more than the program does.
        const string Source = """
            public static long Run()
            {
                long calls = 0;
                var words = new List<string> { "alpha", "beta", "gamma" };
                var named = words.Select(w => { calls++; return w; });
                var joined = string.Join(",", named);
                var copied = named.ToList();
                return calls * 1000 + joined.Length + copied.Count;
            }
            """;

        var guarded = BotRun.Guarded(Bot(Source));
        var plain = BotRun.Unguarded(Bot(Source));

        guarded.Tripped.Should().Be(GuardLimitKind.None, guarded.ToString());
        guarded.Result.Should().Be(plain.Result);
    }

    [Fact]
    public void A_library_collection_the_bot_derives_from_is_charged_as_the_implicit_receiver()
    {
        // IndexOf(5) has no receiver written: the rewriter makes `this` explicit, and the stripper undoes it.
        const string Members = """
            private sealed class Big : List<int>
            {
                public Big() : base(new int[100_000]) { }
                public int Probe() => IndexOf(5);
            }

            public static long Run()
            {
                var big = new Big();
                long x = 0;
                for (int r = 0; r < 1000; r++) x += big.Probe();
                return x;
            }
            """;

        BotCompiler.Guard(Bot(Members)).Trees.Single().Guarded.ToString()
            .Should().Contain("Guard.Walk<global::Bot.Big, int>(this, false).IndexOf(5)");
        var outcome = BotRun.Guarded(Bot(Members));
        outcome.Tripped.Should().Be(GuardLimitKind.Ticks, outcome.ToString());
    }

    [Fact]
    public void A_lazy_sequence_is_charged_per_element_pulled_and_an_eager_one_by_its_count()
    {
        var baseline = Run("var list = new List<int>(new int[1000]); x = list.Count;");
        var lazy = Run("var list = new List<int>(new int[1000]); x = list.Where(i => i == 0).First();");
        var eager = Run("var list = new List<int>(new int[1000]); x = list.Sum();");

        lazy.Tripped.Should().Be(GuardLimitKind.None, lazy.ToString());
        eager.Tripped.Should().Be(GuardLimitKind.None, eager.ToString());
        (eager.Usage.TicksUsed - baseline.Usage.TicksUsed).Should().BeGreaterThanOrEqualTo(1000, "Sum walks all 1,000 elements");
        (lazy.Usage.TicksUsed - baseline.Usage.TicksUsed).Should().BeLessThan(100, "First stops at the first element Where yields");
    }

    [Fact]
    public void Members_whose_work_does_not_grow_are_not_charged_for_their_data()
    {
        const string Rounds = "for (int r = 0; r < 1000; r++) { list.Add(r); x += list[r] + list.Count; map[r] = r; x += map.TryGetValue(r, out int v) ? v : 0; queue.Enqueue(r); x += queue.Dequeue(); }";
        var small = Run("var list = new List<int>(); var map = new Dictionary<int, int>(); var queue = new Queue<int>(); " + Rounds);
        var large = Run("var list = new List<int>(new int[100_000]); var map = new Dictionary<int, int>(); var queue = new Queue<int>(new int[100_000]); " + Rounds);

        small.Tripped.Should().Be(GuardLimitKind.None, small.ToString());
        large.Tripped.Should().Be(GuardLimitKind.None, large.ToString());

        // Only building the two large collections (200,000 elements) costs more; the rounds cost the same.
        (large.Usage.TicksUsed - small.Usage.TicksUsed).Should().BeLessThanOrEqualTo(200_000 + 10);
    }

    [Fact]
    public void Honest_library_code_gives_the_same_results_guarded()
    {
        const string Source = """
            public static long Run()
            {
                var list = new List<int> { 5, 3, 9, 1 };
                list.AddRange(list);
                var text = "alpha,beta,gamma";
                var parts = text.Split(',');
                var map = parts.ToDictionary(p => p, p => p.Length);
                var sorted = list.OrderBy(i => i).ThenBy(i => -i).ToList();
                sorted.Sort();
                string joined = string.Join("-", parts) + $"{parts[0]}!";
                int[] spread = [.. list, .. sorted];
                long x = list.Sum() + sorted.First() + map["beta"] + joined.Length + spread.Length + (list.Contains(9) ? 1 : 0);
                x += parts.Select(p => p.Length).Where(n => n > 4).Count() + list.AsReadOnly().Count + (list.AsEnumerable() is List<int> ? 100 : 0);
                switch (parts[1]) { case "alpha": x += 1; break; case "beta": x += 2; break; case "gamma": x += 3; break; case "delta": x += 4; break; case "epsilon": x += 5; break; case "zeta": x += 6; break; case "eta": x += 7; break; }
                return x;
            }
            """;
        var guarded = BotRun.Guarded(Bot(Source));
        var plain = BotRun.Unguarded(Bot(Source));

        guarded.Tripped.Should().Be(GuardLimitKind.None, guarded.ToString());
        guarded.Result.Should().Be(plain.Result);
    }

    [Theory]
    [InlineData("x = list.Sum();", "Guard.Consumed<int>(list, false).Sum()")]
    [InlineData("x = list.Where(i => i > 0).Count();", "Guard.Consumed<int>(list, false).Where(")]
    [InlineData("var q = list.Where(i => i > 0); x = q.Count();", "Guard.Pulled<int>(list, false).Where(")]
    [InlineData("var q = list.Where(i => i > 0); x = q.Count();", "Guard.Consumed<int>(q, false).Count()")]
    [InlineData("x = list.Where(i => i > 0).First();", "Guard.Pulled<int>(list, false).Where(")]
    [InlineData("x = list.OrderBy(i => -i).First();", "Guard.AllocationSequence<int>(list, 12), true).OrderBy(")]
    [InlineData("x = list.SelectMany(i => items).Count();", "Guard.Consumed<int>(global::RestrictedCSharp.Guards.Guard.Consumed<int>(list, false).SelectMany(")]
    [InlineData("x = list.First();", "Guard.Pulled<int>(list, false).First()")]
    [InlineData("x = list.Contains(3) ? 1 : 0;", "Guard.Walk<global::System.Collections.Generic.List<int>, int>(list, false).Contains(3)")]
    [InlineData("x = list?.IndexOf(3) ?? -1;", "Guard.Walk<global::System.Collections.Generic.List<int>, int>(list, false)?.IndexOf(3)")]
    [InlineData("Array.Sort(items);", "Array.Sort(global::RestrictedCSharp.Guards.Guard.Walk(items, true))")]
    [InlineData("x = text.IndexOf('b');", "Guard.Walk(text, false).IndexOf('b')")]
    [InlineData("x = map.TryGetValue(text, out int v) ? v : 0;", "map.TryGetValue(global::RestrictedCSharp.Guards.Guard.Walk(text, false), out int v)")]
    [InlineData("x = map[text];", "map[global::RestrictedCSharp.Guards.Guard.Walk(text, false)]")]
    [InlineData("text += \"!\";", "text += global::RestrictedCSharp.Guards.Guard.Appended(text, \"!\")")]
    [InlineData("x = (text + text).Length;", "(global::RestrictedCSharp.Guards.Guard.Walk(text, false) + global::RestrictedCSharp.Guards.Guard.Walk(text, false))")]
    public void The_rewriter_charges_each_shape_where_the_call_is(string body, string expected)
        => GuardedText(body).Should().Contain(expected);

    [Theory]
    [InlineData("list.Add(1);")]
    [InlineData("x = list[0] + list.Count;")]
    [InlineData("x = items.Length;")]
    [InlineData("var a = new System.Collections.ArrayList(); a.Add(1); var s = new System.Collections.Stack(); s.Push(1); x = (int)s.Pop();")]
    [InlineData("var stream = new System.IO.MemoryStream(); for (int i = 0; i < 100; i++) stream.WriteByte((byte)i); stream.Position = 0; x = stream.ReadByte() + stream.Length;")]
    [InlineData("var q = new Queue<int>(); q.Enqueue(1); x = q.Dequeue() + q.Count; var d = new Dictionary<int, int>(); d[1] = 2; x += d[1];")]
    public void Constant_members_are_left_alone(string body)
        => GuardedText(body).Should().NotContain("Guard.Walk").And.NotContain("Guard.Pulled").And.NotContain("Guard.Consumed");
}
