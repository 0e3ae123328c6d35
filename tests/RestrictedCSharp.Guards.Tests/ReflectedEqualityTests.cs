using RestrictedCSharp.Guards.Tests.Infrastructure;

namespace RestrictedCSharp.Guards.Tests;

/// <summary>
/// A struct without its own <c>Equals</c> that has a reference or floating-point field is compared by
/// <c>ValueType.Equals</c> through reflection, field by field, about twenty times what a tick stands for: a library
/// search over such elements is charged per field (<see cref="ReflectedEquality{T}"/>), so a loop of them trips the
/// tick limit instead of running at a tick per element (docs/soundness/library-work.md).
/// </summary>
[Collection(GuardStateCollection.Name)]
public sealed class ReflectedEqualityTests
{
    private static readonly GuardLimits Limits = new(ticks: 100_000, callDepth: 500, allocatedBytes: 1024L * 1024 * 1024);

    private struct Bits { public long A, B; }

    private struct WithText { public long A, B, C; public string Name; }

    private struct WithDouble { public double A; public int B; }

    private struct Nested { public WithText Inner; public long D; }

    private struct Own { public string Name; public override bool Equals(object? o) => false; public override int GetHashCode() => 1; }

    private readonly record struct Generated(string Name, long A);

    [Fact]
    public void Only_structs_the_runtime_compares_through_reflection_cost_more_and_by_their_fields()
    {
        ReflectedEquality<int>.ExtraTicks.Should().Be(0);
        ReflectedEquality<string>.ExtraTicks.Should().Be(0);
        ReflectedEquality<Bits>.ExtraTicks.Should().Be(0, "its bits are compared at once");
        ReflectedEquality<Own>.ExtraTicks.Should().Be(0, "its own Equals is guarded code");
        ReflectedEquality<Generated>.ExtraTicks.Should().Be(0, "a record struct's generated Equals compares fields directly");
        ReflectedEquality<int?>.ExtraTicks.Should().Be(0);
        ReflectedEquality<WithText>.ExtraTicks.Should().Be(3 * 4);
        ReflectedEquality<WithDouble>.ExtraTicks.Should().Be(3 * 2);
        ReflectedEquality<Nested>.ExtraTicks.Should().Be(3 * 5, "a nested struct compared the same way counts its fields");
    }

    // One search compares 20,000 elements through reflection (about 2 µs each, 40 ms): charged a tick an element it
    // fits the 100,000-tick budget five times over, so a loop of them would run 20 times longer than its ticks say.
    [Theory]
    [InlineData("var list = new List<Cell>(); for (int i = 0; i < 20_000; i++) list.Add(new Cell { A = i, Name = \"n\" }); var probe = new Cell { A = -1, Name = \"n\" }; x += list.Contains(probe) ? 1 : 0;")]
    [InlineData("var array = new Cell[20_000]; var probe = new Cell { A = -1 }; x += System.Array.IndexOf(array, probe);")]
    public void A_search_over_structs_compared_through_reflection_trips_the_tick_limit(string body)
    {
        var outcome = BotRun.Guarded($$"""
            using System.Collections.Generic;
            using System.Linq;

            public struct Cell { public long A, B, C, D, E, F, G; public string Name; }

            public static class Bot
            {
                public static long Run()
                {
                    long x = 0;
                    {{body}}
                    return x;
                }
            }
            """, Limits);

        outcome.Tripped.Should().Be(GuardLimitKind.Ticks, outcome.ToString());
    }
}
