using RestrictedCSharp.Guards.Tests.Infrastructure;

namespace RestrictedCSharp.Guards.Tests;

/// <summary>
/// Receivers no guard can stand around (docs/soundness/library-work.md): <c>base</c> in a bot class deriving from a
/// library collection, and a value reached through a second <c>?.</c>. Each loop below ran to the wall clock on one
/// tick per call before they were charged; each must now trip the tick limit, honest uses must give the same results
/// guarded, and the guarded text must keep the author's lines.
/// </summary>
[Collection(GuardStateCollection.Name)]
public sealed class ReceiverChargeTests
{
    private static string Bot(string members) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Collections.ObjectModel;
        using System.Linq;

        public static class Bot
        {
        {{members}}
        }
        """;

    /// <summary>Library collections the bot derives from, each calling walking members on <c>base</c>.</summary>
    private const string Derived = """
        public class Pile : List<int>
        {
            public Pile(int size) : base(new int[size]) { }
            public bool Has(int x) => base.Contains(x);
            public int Find(int x) { return base.IndexOf(x); }
            public int[] Snapshot() => base.ToArray();
            public void Order() => base.Sort();
            public void Reorder() { base.Reverse(); }
            public bool Any(Predicate<int> match) => base.Exists(match);
            public int Last(int x) => base.LastIndexOf(x);
            public new bool Contains(int x) => base.Contains(x) || x < 0;
        }

        public sealed class Ordered : SortedList<int, int>
        {
            public void Put(int key) { base[key] = key; }
        }

        public sealed class Tracked : Collection<int>
        {
            public int Inserts;
            public int Removes;
            public Tracked(int size) : base(new List<int>(new int[size])) { }
            public void Push(int value) => InsertItem(0, value);
            public void Pop() => RemoveItem(0);
            protected override void InsertItem(int index, int item) { Inserts++; base.InsertItem(index, item); }
            protected override void RemoveItem(int index) => base.RemoveItem(index);
        }

        public sealed class Box
        {
            public List<int> Items;
            public Box Next;
            public string Text;
        }

        """;

    private static BotOutcome Run(string body) => BotRun.Guarded(Bot(Derived + $$"""
        public static long Run()
        {
            long x = 0;
            {{body}}
            return x;
        }
        """));

    [Theory]
    [InlineData("var p = new Pile(100_000); for (int r = 0; r < 1000; r++) x += p.Has(1) ? 1 : 0;")]
    [InlineData("var p = new Pile(100_000); for (int r = 0; r < 1000; r++) x += p.Find(1);")]
    [InlineData("var p = new Pile(100_000); for (int r = 0; r < 1000; r++) x += p.Contains(1) ? 1 : 0;")]
    [InlineData("var p = new Pile(100_000); for (int r = 0; r < 1000; r++) p.Order();")]
    [InlineData("var p = new Pile(100_000); for (int r = 0; r < 1000; r++) p.Reorder();")]
    [InlineData("var p = new Pile(100_000); for (int r = 0; r < 1000; r++) x += p.Last(1);")]
    [InlineData("var o = new Ordered(); for (int i = 20_000; i > 0; i--) o.Put(i); x = o.Count;")]
    [InlineData("var t = new Tracked(100_000); for (int r = 0; r < 1000; r++) { t.Push(r); t.Pop(); } x = t.Inserts;")]
    public void A_walking_member_called_on_base_trips_the_tick_limit(string body)
    {
        var outcome = Run(body);
        outcome.Tripped.Should().Be(GuardLimitKind.Ticks, outcome.ToString());
    }

    [Fact]
    public void A_copy_through_base_trips_a_budget_before_it_runs_away()
    {
        var outcome = Run("var p = new Pile(1_000_000); for (int r = 0; r < 10_000; r++) x += p.Snapshot().Length;");
        outcome.Tripped.Should().BeOneOf([GuardLimitKind.Ticks, GuardLimitKind.AllocatedBytes], outcome.ToString());
    }

    [Theory]
    [InlineData("var a = new Box { Items = new List<int>(new int[100_000]) }; for (int r = 0; r < 1000; r++) x += a?.Items?.Contains(1) == true ? 1 : 0;")]
    [InlineData("var a = new Box { Next = new Box { Next = new Box { Items = new List<int>(new int[100_000]) } } }; for (int r = 0; r < 1000; r++) x += a?.Next?.Next?.Items?.IndexOf(1) ?? 0;")]
    [InlineData("var lists = new[] { new List<int>(new int[100_000]) }; for (int r = 0; r < 1000; r++) x += lists?[0]?.Contains(1) == true ? 1 : 0;")]
    [InlineData("var a = new Box { Items = new List<int>(new int[100_000]) }; for (int r = 0; r < 1000; r++) x += a?.Items?.Where(i => i > 0).Count() ?? 0;")]
    [InlineData("var a = new Box { Text = new string('a', 1_000_000) }; for (int r = 0; r < 1000; r++) x += a?.Text?.IndexOf('b') ?? 0;")]
    public void A_receiver_reached_through_a_second_conditional_access_trips_the_tick_limit(string body)
    {
        var outcome = Run(body);
        outcome.Tripped.Should().Be(GuardLimitKind.Ticks, outcome.ToString());
    }

    [Theory]
    [InlineData("var a = new Box { Next = new Box { Next = new Box { Items = new List<int>(new int[1_000_000]) } } }; for (int r = 0; r < 10_000; r++) x += a?.Next?.Next?.Items?.ToArray().Length ?? 0;")]
    [InlineData("var a = new Box { Text = new string('a', 1_000_000) }; for (int r = 0; r < 10_000; r++) x += a?.Text?[1..].Length ?? 0;")]
    [InlineData("var a = new Box { Items = new List<int>(new int[1_000_000]) }; for (int r = 0; r < 10_000; r++) x += a?.Items?.ToList().Count ?? 0;")]
    public void A_copy_reached_through_a_second_conditional_access_trips_a_budget(string body)
    {
        var outcome = Run(body);
        outcome.Tripped.Should().BeOneOf([GuardLimitKind.Ticks, GuardLimitKind.AllocatedBytes], outcome.ToString());
        outcome.Usage.BytesAllocated.Should().BeLessThan(1L << 30, outcome.ToString());
    }

    [Fact]
    public void Honest_code_on_base_and_through_conditional_accesses_gives_the_same_results_guarded()
    {
        const string Source = """
            public static long Run()
            {
                var p = new Pile(0) { 5, 3, 9, 1 };
                p.Order();
                long x = p.Find(9) * 1000 + (p.Has(3) ? 100 : 0) + p.Snapshot().Length + (p.Contains(-1) ? 10_000 : 0);
                p.Reorder();
                x += p[0] * 100_000 + (p.Any(i => i == 5) ? 7 : 0);
                var o = new Ordered();
                o.Put(2); o.Put(1);
                x += o.Keys[0] * 1_000_000;
                var t = new Tracked(3);
                t.Insert(1, 42); t.RemoveAt(0);
                x += t.Inserts * 10_000_000L + t[0] * 100_000_000L;

                Box none = null;
                var empty = new Box();
                var full = new Box { Items = new List<int> { 4, 8 }, Text = "hello", Next = new Box { Items = new List<int> { 6 } } };
                var lists = new[] { new List<int> { 3 } };
                List<int>[] noLists = null;
                x += (none?.Items?.Contains(4) == null ? 1 : 0) + (empty?.Items?.Contains(4) == null ? 2 : 0) + (full?.Items?.Contains(4) == true ? 4 : 0);
                x += (full?.Next?.Items?.IndexOf(6) ?? -5) + (full?.Next?.Next?.Items?.IndexOf(6) ?? 16) + (lists?[0]?.Contains(3) == true ? 32 : 0) + (noLists?[0]?.Contains(3) == null ? 64 : 0);
                x += (full?.Items?.Where(i => i > 4).Count() ?? 0) * 128 + (full?.Text?[1..].Length ?? 0) * 256 + (full?.Items?.Count ?? 0) * 512;
                return x;
            }
            """;

        var guarded = BotRun.Guarded(Bot(Derived + Source));
        var plain = BotRun.Unguarded(Bot(Derived + Source));

        guarded.Tripped.Should().Be(GuardLimitKind.None, guarded.ToString());
        guarded.Exception.Should().BeNull();
        guarded.Result.Should().Be(plain.Result);
    }

    [Theory]
    [InlineData("public bool Has(int x) => base.Contains(x);", "Guard.Walk<global::System.Collections.Generic.List<int>, int>((global::System.Collections.Generic.List<int>)this, false).Contains(x)")]
    [InlineData("public void Order() => base.Sort();", "Guard.Walk<global::System.Collections.Generic.List<int>, int>((global::System.Collections.Generic.List<int>)this, true).Sort()")]
    [InlineData("public int Count2 => base.Count;", "return base.Count;")]
    public void The_rewriter_charges_base_as_this_typed_as_the_base_class(string member, string expected)
        => BotCompiler.Guard(Bot($$"""
            public class Pile : List<int>
            {
                {{member}}
            }
            """)).Trees.Single().Guarded.ToString().Should().Contain(expected);

    [Fact]
    public void A_protected_virtual_member_on_base_carries_the_charge_in_its_first_argument()
        => BotCompiler.Guard(Bot("""
            public sealed class Tracked : Collection<int>
            {
                protected override void InsertItem(int index, int item) => base.InsertItem(index, item);
            }
            """)).Trees.Single().Guarded.ToString().Should().Contain(
                "base.InsertItem(global::RestrictedCSharp.Guards.Guard.AfterCharge<int>(global::RestrictedCSharp.Guards.Guard.Walk<global::System.Collections.ObjectModel.Collection<int>, int>((global::System.Collections.ObjectModel.Collection<int>)this, false), index), item)");

    [Theory]
    [InlineData("x = a?.Items?.Contains(3) == true ? 1 : 0;", "Guard.Walk<global::System.Collections.Generic.List<int>, int>(a?.Items, false)?.Contains(3)")]
    [InlineData("x = a?.Next?.Next?.Items?.ToArray().Length ?? 0;", "Guard.Walk<global::System.Collections.Generic.List<int>, int>(a?.Next?.Next?.Items, false)?.ToArray()")]
    [InlineData("x = a?.Text?.Substring(1)?.IndexOf('b') ?? 0;", "Guard.Walk(global::RestrictedCSharp.Guards.Guard.Walk(a?.Text, false)?.Substring(1), false)?.IndexOf('b')")]
    [InlineData("x = a?.Items?.Count ?? 0;", "x = a?.Items?.Count ?? 0;")]
    public void The_rewriter_lifts_the_access_before_a_second_question_mark(string body, string expected)
        => BotCompiler.Guard(Bot(Derived + $$"""
            public static long Run(Box a)
            {
                long x = 0;
                {{body}}
                return x;
            }
            """)).Trees.Single().Guarded.ToString().Should().Contain(expected);

    [Fact]
    public void A_chain_written_over_several_lines_keeps_its_lines()
    {
        var source = Bot(Derived + """
            public static long Run(Box a)
            {
                return a?.Next
                    ?.Next
                    ?.Items
                    ?.IndexOf(3) ?? 0;
            }
            """);
        var guarded = BotCompiler.Guard(source).Trees.Single().Guarded.ToString();

        guarded.ReplaceLineEndings("\n").Split('\n').Should().HaveCount(source.ReplaceLineEndings("\n").Split('\n').Length);
        guarded.Should().Contain("Guard.Walk<global::System.Collections.Generic.List<int>, int>(a?.Next");
    }
}
