using System.Collections;

namespace RestrictedCSharp.Guards.Tests;

/// <summary>
/// The plans that measure the strings a value holds (<see cref="HeldText"/>), in ticks (eight characters to one),
/// and the charges that use them: <c>Guard.Value</c> and the element charges of collections.
/// </summary>
[Collection(Infrastructure.GuardStateCollection.Name)]
public sealed class HeldTextTests : IDisposable
{
    private static readonly string Text800 = new('a', 800);

    public void Dispose() => GuardBudget.End();

    public sealed record Person(string Name, int Age);

    public record Named(string Name);

    public sealed record Employee(string Name, string Team) : Named(Name);

    public readonly record struct Tag(string Text, int Weight);

    public struct Cell
    {
        public string Text;
        public int Weight;
    }

    public struct OwnEquality : IEquatable<OwnEquality>
    {
        public string Text;

        public bool Equals(OwnEquality other) => true;

        public override bool Equals(object? obj) => obj is OwnEquality;

        public override int GetHashCode() => 0;
    }

    public sealed record Wrapped((string, int) Pair, Tag Tag, int Id);

    public sealed record Point(int X, int Y);

    public sealed record Holder(object Part, IComparable? Other);

    public sealed class Plain
    {
        public string Text = Text800;
    }

    private static long Measure<T>(T value) => HeldText<T>.Measure is { } measure ? measure(value, 0) : -1;

    [Fact]
    public void A_record_is_measured_by_its_strings()
        => Measure(new Person(Text800, 1)).Should().Be(100);

    [Fact]
    public void A_derived_record_is_measured_by_its_base_records_strings_too_seen_through_its_base()
    {
        Measure(new Employee(Text800, Text800)).Should().Be(200, "the base's private Name field and Employee's Team");
        Measure<Named>(new Employee(Text800, Text800)).Should().Be(200);
        Measure<object>(new Employee(Text800, Text800)).Should().Be(200);
    }

    [Fact]
    public void Record_structs_and_structs_with_values_equality_are_measured()
    {
        Measure(new Tag(Text800, 1)).Should().Be(100);
        Measure(new Cell { Text = Text800 }).Should().Be(100);
        Measure(new KeyValuePair<string, int>(Text800, 1)).Should().Be(100);
        Measure<object>(new Cell { Text = Text800 }).Should().Be(100);
    }

    [Fact]
    public void A_struct_with_its_own_equality_and_a_class_are_not_walked()
    {
        Measure(new OwnEquality { Text = Text800 }).Should().Be(-1, "its own Equals is guarded code");
        Measure(new Plain()).Should().Be(-1);
        Measure<object>(new Plain()).Should().Be(0);
    }

    [Fact]
    public void Anonymous_types_and_tuples_are_measured()
    {
        Measure(new { Name = Text800, Age = 1 }).Should().Be(100);
        Measure((Text800, 1, Text800)).Should().Be(200);
        Measure(Tuple.Create(Text800, 2)).Should().Be(100);
        Measure((1, 2, 3, 4, 5, 6, 7, Text800, 9)).Should().Be(100, "the eighth item is in the tuple's Rest");
    }

    [Fact]
    public void Parts_inside_parts_are_followed()
    {
        Measure(new Wrapped((Text800, 1), new Tag(Text800, 2), 3)).Should().Be(200);
        Measure(new Holder(new Person(Text800, 1), Text800)).Should().Be(200, "object and interface parts are measured by the type they have");
        Measure((int?)null).Should().Be(-1);
        Measure((Tag?)new Tag(Text800, 1)).Should().Be(100);
        Measure((Tag?)null).Should().Be(0);
    }

    [Fact]
    public void Null_strings_and_null_values_cost_nothing()
    {
        Measure(new Person(null!, 1)).Should().Be(0);
        Measure<Person?>(null).Should().Be(0);
        Measure(new Holder(null!, null)).Should().Be(0);
    }

    [Fact]
    public void A_type_that_cannot_hold_a_string_has_no_plan()
    {
        HeldText<Point>.Measure.Should().BeNull();
        HeldText<(int, int)>.Measure.Should().BeNull();
        HeldText<int>.Measure.Should().BeNull();
        HeldText<int[]>.Measure.Should().BeNull();
        TextElements<Point>.Any.Should().BeFalse("a list of such records is walked for its count alone");
        TextElements<string>.Held.Should().BeFalse("strings keep their own fast path");
    }

    [Fact]
    public void Measuring_a_value_allocates_nothing()
    {
        var tag = new Tag(Text800, 1);
        var pair = (Text800, 2);
        Measure(tag);
        Measure(pair);
        var before = GC.GetAllocatedBytesForCurrentThread();
        long ticks = 0;
        for (int i = 0; i < 1000; i++)
        {
            ticks += Measure(tag) + Measure(pair);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0, "a plan reads the fields of a struct where it is, without boxing it");
        ticks.Should().Be(200_000);
    }

    [Fact]
    public void Nesting_is_followed_to_a_bounded_depth()
    {
        object value = Text800;
        for (int i = 0; i < 20; i++)
        {
            value = Tuple.Create(value);
        }

        Measure(value).Should().Be(0, "a string deeper than the cap is not reached");
        Measure<object>(Tuple.Create<object>(Tuple.Create<object>(Text800))).Should().Be(100);
    }

    [Fact]
    public void Values_and_elements_are_charged_by_the_text_they_hold()
    {
        GuardBudget.Begin(new GuardLimits(1_000_000, 10, 1 << 24));
        Guard.Value(new Person(Text800, 1));
        Guard.Value((object)new Tag(Text800, 1));
        Guard.Walk<List<Person>, Person>([new Person(Text800, 1), new Person(Text800, 2)], sorted: false);
        Guard.Walk<List<Point>, Point>([new Point(1, 2)], sorted: false);
        Guard.WalkAny(new[] { new { Name = Text800 } }.ToList(), sorted: false);
        foreach (var _ in Guard.Pulled<(string, int)>([(Text800, 1)], sorted: false))
        {
        }

        GuardBudget.End().TicksUsed.Should().Be(100 + 100 + (2 + 200) + 1 + (1 + 100) + (Guard.TicksPerPull + 100));
    }
}
