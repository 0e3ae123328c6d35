using RestrictedCSharp.Guards.Tests.Infrastructure;

namespace RestrictedCSharp.Guards.Tests;

/// <summary>
/// Strings inside records, record structs, structs, tuples and anonymous types (docs/soundness/library-work.md):
/// the compiler's <c>Equals</c>, <c>==</c>, <c>GetHashCode</c> and <c>ToString</c>, <c>ValueType.Equals</c>, and the
/// library's element comparisons over such values walk their characters. Unguarded, each body below compares
/// or hashes a megabyte per tick; guarded, each must trip the tick limit (1,000,000 ticks).
/// </summary>
[Collection(GuardStateCollection.Name)]
public sealed class StructuralTextTests
{
    // The values themselves take megabytes: the allocation budget is set out of the way of the tick limit.
    private static readonly GuardLimits Limits = new(ticks: 1_000_000, callDepth: 500, allocatedBytes: 256 * 1024 * 1024);

    private static string Bot(string body) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        public sealed record Person(string Name, int Age);
        public record Named(string Name);
        public sealed record Employee(string Name, string Team) : Named(Name);
        public readonly record struct Tag(string Text, int Weight);
        public struct Cell { public string Text; public int Weight; }
        public sealed record Wrapped((string, int) Pair, int Id);

        public static class Bot
        {
            public static long Run()
            {
                long x = 0;
                var big = new string('a', 1_000_000);
                string Big() => new string('a', 1_000_000);
                {{body}}
                return x;
            }
        }
        """;

    [Theory]
    [InlineData("var a = new Person(big, 1); var b = new Person(Big(), 1); for (int r = 0; r < 10_000; r++) x += a == b ? 1 : 0;")]
    [InlineData("var a = new Person(big, 1); var b = new Person(Big(), 1); for (int r = 0; r < 10_000; r++) x += a != b ? 1 : 0;")]
    [InlineData("var a = new Person(big, 1); var b = new Person(Big(), 1); for (int r = 0; r < 10_000; r++) x += a.Equals(b) ? 1 : 0;")]
    [InlineData("Named a = new Employee(big, \"x\"); Named b = new Employee(Big(), \"x\"); for (int r = 0; r < 10_000; r++) x += a == b ? 1 : 0;")]
    [InlineData("var a = new Tag(big, 1); var b = new Tag(Big(), 1); for (int r = 0; r < 10_000; r++) x += a == b ? 1 : 0;")]
    [InlineData("var a = new Cell { Text = big }; var b = new Cell { Text = Big() }; for (int r = 0; r < 10_000; r++) x += a.Equals(b) ? 1 : 0;")]
    [InlineData("var a = new { Name = big, Age = 1 }; var b = new { Name = Big(), Age = 1 }; for (int r = 0; r < 10_000; r++) x += a.Equals(b) ? 1 : 0;")]
    [InlineData("var a = new Wrapped((big, 1), 2); var b = new Wrapped((Big(), 1), 2); for (int r = 0; r < 10_000; r++) x += a == b ? 1 : 0;")]
    [InlineData("var a = (big, 1); var b = (Big(), 1); for (int r = 0; r < 10_000; r++) x += a == b ? 1 : 0;")]
    [InlineData("var set = new HashSet<Person>(); var a = new Person(big, 1); for (int r = 0; r < 10_000; r++) x += set.Add(a with { Age = r }) ? 1 : 0;")]
    [InlineData("var map = new Dictionary<Person, int> { [new Person(big, 1)] = 1 }; var b = new Person(Big(), 1); for (int r = 0; r < 10_000; r++) x += map[b];")]
    [InlineData("var a = new Person(big, 1); var b = new Person(Big(), 1); for (int r = 0; r < 10_000; r++) x += EqualityComparer<Person>.Default.Equals(a, b) ? 1 : 0;")]
    [InlineData("var a = new Person(big, 1); for (int r = 0; r < 10_000; r++) x += $\"{a}\".Length;")]
    [InlineData("var a = new Person(big, 1); for (int r = 0; r < 10_000; r++) x += a.ToString().Length;")]
    [InlineData("var a = new Person(big, 1); for (int r = 0; r < 10_000; r++) x += (\"<\" + a).Length;")]
    [InlineData("var a = new Tag(big, 1); for (int r = 0; r < 10_000; r++) x += a.ToString().Length;")]
    [InlineData("var a = new Person(big, 1); for (int r = 0; r < 10_000; r++) { var s = \"<\"; s += a; x += s.Length; }")]
    [InlineData("object a = new Person(big, 1); for (int r = 0; r < 10_000; r++) x += $\"{a}\".Length;")]
    public void Text_inside_a_value_compared_by_members_nobody_wrote_trips_the_tick_limit(string body)
    {
        var outcome = BotRun.Guarded(Bot(body), Limits);
        outcome.Tripped.Should().Be(GuardLimitKind.Ticks, outcome.ToString());
    }

    // The probe is charged once per call (a T argument); each element it is compared with was not. 150 calls
    // charge the probe about 970,000 ticks: under the budget unless the elements' characters are charged too.
    [Theory]
    [InlineData("var list = new List<Person>(); for (int i = 0; i < 200; i++) list.Add(new Person(new string('a', 50_000), 1)); var p = new Person(new string('a', 50_000), 2); for (int r = 0; r < 150; r++) x += list.Contains(p) ? 1 : 0;")]
    [InlineData("var list = new List<(string, int)>(); for (int i = 0; i < 200; i++) list.Add((new string('a', 50_000), 1)); var p = (new string('a', 50_000), 2); for (int r = 0; r < 150; r++) x += list.Contains(p) ? 1 : 0;")]
    [InlineData("var list = new List<Tag>(); for (int i = 0; i < 200; i++) list.Add(new Tag(new string('a', 50_000), 1)); var p = new Tag(new string('a', 50_000), 2); for (int r = 0; r < 150; r++) x += list.Contains(p) ? 1 : 0;")]
    [InlineData("var list = new List<Person>(); for (int i = 0; i < 200; i++) list.Add(new Person(new string('a', 50_000), 1)); for (int r = 0; r < 150; r++) x += list.Distinct().Count();")]
    [InlineData("var list = Enumerable.Range(0, 200).Select(i => new { Name = new string('a', 50_000), Id = 1 }).ToList(); var p = new { Name = new string('a', 50_000), Id = 2 }; for (int r = 0; r < 150; r++) x += list.Contains(p) ? 1 : 0;")]
    public void Text_inside_collection_elements_is_charged_per_element(string body)
    {
        var outcome = BotRun.Guarded(Bot(body), Limits);
        outcome.Tripped.Should().Be(GuardLimitKind.Ticks, outcome.ToString());
    }

    [Fact]
    public void Values_without_text_cost_nothing_more_and_short_text_little()
    {
        var outcome = BotRun.Guarded(Bot("""
            var seen = new HashSet<Person>();
            var cells = new List<(int, int)>();
            for (int i = 0; i < 1000; i++) cells.Add((i, i));
            for (int r = 0; r < 100; r++)
            {
                var p = new Person("Ann", r % 10);
                if (seen.Add(p)) x++;
                if (p == new Person("Ann", 3)) x += 10;
                x += cells.Contains((r, r)) ? 100 : 0;
                x += $"{p}".Length;
            }
            """), Limits);

        outcome.Tripped.Should().Be(GuardLimitKind.None, outcome.ToString());
        outcome.Result.Should().Be(10L + (10 * 10) + (100 * 100) + 100 * "Person { Name = Ann, Age = 0 }".Length);
        outcome.Usage.TicksUsed.Should().BeLessThan(200_000, outcome.ToString());
    }

    private static string GuardedText(string body)
        => BotCompiler.Guard($$"""
            using System.Collections.Generic;

            public sealed record Person(string Name, int Age);
            public sealed record Point(int X, int Y);

            public static class Bot
            {
                public static long Run(Person a, Person b, Point p, Point q, HashSet<Person> set, (string, int) t)
                {
                    long x = 0;
                    {{body}}
                    return x;
                }
            }
            """).Trees.Single().Guarded.ToString();

    [Theory]
    [InlineData("x = a == b ? 1 : 0;", "Guard.Value(a) == global::RestrictedCSharp.Guards.Guard.Value(b)")]
    [InlineData("x = a.Equals(b) ? 1 : 0;", "Guard.Value(a).Equals(global::RestrictedCSharp.Guards.Guard.Value(b))")]
    [InlineData("x = a.ToString().Length;", "Guard.Value(a).ToString()")]
    [InlineData("x = set.Contains(a) ? 1 : 0;", "Contains(global::RestrictedCSharp.Guards.Guard.Value(a))")]
    [InlineData("x = $\"{a}\".Length;", "{global::RestrictedCSharp.Guards.Guard.Value(a)}")]
    [InlineData("x = (\"<\" + a).Length;", "\"<\" + global::RestrictedCSharp.Guards.Guard.Value(a)")]
    [InlineData("x = t == (a.Name, 1) ? 1 : 0;", "Guard.Value(t) == (global::RestrictedCSharp.Guards.Guard.Walk(a.Name, false), 1)")]
    [InlineData("x = t.Equals(t) ? 1 : 0;", "Guard.Value(t).Equals(global::RestrictedCSharp.Guards.Guard.Value(t))")]
    public void The_rewriter_charges_the_text_a_structural_member_walks(string body, string expected)
        => GuardedText(body).Should().Contain(expected);

    [Theory]
    [InlineData("x = p == q ? 1 : 0;")]
    [InlineData("x = p.Equals(q) ? 1 : 0;")]
    [InlineData("x = $\"{p}\".Length;")]
    [InlineData("x = a == null || null != b ? 1 : 0;")]
    [InlineData("x = a.Age + b.Name.Length;")]
    public void Values_that_hold_no_text_and_comparisons_with_null_are_left_alone(string body)
        => GuardedText(body).Should().NotContain("Guard.Value");
}
