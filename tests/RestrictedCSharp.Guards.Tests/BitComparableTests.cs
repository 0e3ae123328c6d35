using RestrictedCSharp.Guards.Tests.Infrastructure;

namespace RestrictedCSharp.Guards.Tests;

/// <summary>
/// <c>ValueType.Equals</c> compares a struct's bits at once only when every field is a plain integer, char, bool or enum
/// and the layout has no padding; a struct with padding, or with a field whose type overrides <c>Equals</c>
/// (<c>DateTime</c>, <c>decimal</c>, a double's NaN and -0.0, the bot's own struct), is compared field by field through
/// reflection. Those are charged per field (<see cref="ReflectedEquality{T}"/>), and so is a boxed struct compared
/// inside a sequence of <c>object</c>, where the element type says nothing.
/// </summary>
[Collection(GuardStateCollection.Name)]
public sealed class BitComparableTests
{
    private static readonly GuardLimits Limits = new(ticks: 100_000, callDepth: 500, allocatedBytes: 1024L * 1024 * 1024);

    private struct Padded { public byte A; public long B; }

    private struct Tight { public int A; public int B; public char C; public char D; public bool E; public bool F; public byte G; public byte H; }

    private struct WithDate { public DateTime When; public long A; }

    private struct WithDecimal { public decimal Amount; }

    private struct OwnEquals : IEquatable<OwnEquals>
    {
        public long A;
        public bool Equals(OwnEquals other) => A == other.A;
        public override bool Equals(object? obj) => obj is OwnEquals other && Equals(other);
        public override int GetHashCode() => (int)A;
    }

    private struct HoldsOwnEquals { public OwnEquals Inner; public long B; }

    private struct NestedPadded { public Padded Inner; }

    private struct NestedTight { public Tight Inner; public long B; }

    private enum Small : byte { A }

    private struct EnumPadded { public Small S; public int B; }

    private struct Empty { }

    [Fact]
    public void Only_tightly_packed_integers_chars_bools_and_enums_are_free()
    {
        ReflectedEquality<Tight>.ExtraTicks.Should().Be(0);
        ReflectedEquality<NestedTight>.ExtraTicks.Should().Be(0);
        ReflectedEquality<Empty>.ExtraTicks.Should().Be(0);
        ReflectedEquality<Padded>.ExtraTicks.Should().BeGreaterThan(0, "seven padding bytes follow the byte, so the runtime compares field by field");
        ReflectedEquality<NestedPadded>.ExtraTicks.Should().BeGreaterThan(0);
        ReflectedEquality<EnumPadded>.ExtraTicks.Should().BeGreaterThan(0);
        ReflectedEquality<WithDate>.ExtraTicks.Should().BeGreaterThan(0, "DateTime overrides Equals");
        ReflectedEquality<WithDecimal>.ExtraTicks.Should().BeGreaterThan(0, "decimal overrides Equals");
        ReflectedEquality<HoldsOwnEquals>.ExtraTicks.Should().BeGreaterThan(0, "a field with its own Equals is compared by calling it");
    }

    [Fact]
    public void A_boxed_struct_is_charged_by_its_runtime_type()
    {
        ReflectedEquality.BoxedExtraTicks(new Padded()).Should().Be(ReflectedEquality<Padded>.ExtraTicks);
        ReflectedEquality.BoxedExtraTicks(new Tight()).Should().Be(0);
        ReflectedEquality.BoxedExtraTicks("text").Should().Be(0);
        ReflectedEquality.BoxedExtraTicks(null).Should().Be(0);
    }

    // Each search compares 20,000 elements field by field through reflection: charged a tick an element, it fits the
    // 100,000-tick budget five times over.
    [Theory]
    [InlineData("public struct Cell { public byte A; public long B, C, D, E, F, G; }", "new Cell { B = i }", "new Cell { B = -1 }", "Cell")]
    [InlineData("public struct Cell { public System.DateTime When; public long B, C, D, E, F, G; }", "new Cell { B = i }", "new Cell { B = -1 }", "Cell")]
    [InlineData("public struct Cell { public byte A; public long B, C, D, E, F, G; }", "new Cell { B = i }", "new Cell { B = -1 }", "object")]
    public void A_search_over_structs_compared_field_by_field_trips_the_tick_limit(string cell, string make, string probe, string element)
    {
        var outcome = BotRun.Guarded($$"""
            using System.Collections.Generic;

            {{cell}}

            public static class Bot
            {
                public static long Run()
                {
                    long x = 0;
                    var list = new List<{{element}}>();
                    for (int i = 0; i < 20_000; i++) list.Add({{make}});
                    x += list.Contains({{probe}}) ? 1 : 0;
                    return x;
                }
            }
            """, Limits);

        outcome.Tripped.Should().Be(GuardLimitKind.Ticks, outcome.ToString());
    }
}
