using System.Reflection;

namespace RestrictedCSharp.Guards.Tests;

/// <summary>The guard runtime called directly, as rewritten code calls it.</summary>
[Collection(Infrastructure.GuardStateCollection.Name)]
public sealed class GuardRuntimeTests : IDisposable
{
    public void Dispose() => GuardBudget.End();

    private static void Begin(long ticks = 100, int depth = 10, long bytes = 1 << 20)
        => GuardBudget.Begin(new GuardLimits(ticks, depth, bytes));

    [Fact]
    public void Exactly_the_budget_of_ticks_may_be_spent()
    {
        Begin(ticks: 3000);
        for (int i = 0; i < 1000; i++)
        {
            Guard.Tick(3);
        }

        GuardBudget.Usage.TicksUsed.Should().Be(3000);
        GuardBudget.Tripped.Should().Be(GuardLimitKind.None);
        FluentActions.Invoking(() => Guard.Tick(1)).Should().Throw<TickLimitExceededException>();
        GuardBudget.Usage.TicksUsed.Should().Be(3001);
        GuardBudget.Tripped.Should().Be(GuardLimitKind.Ticks);
    }

    [Fact]
    public void A_trip_is_sticky_for_every_guard_until_the_next_budget()
    {
        Begin(ticks: 5);
        FluentActions.Invoking(() => Guard.Tick(6)).Should().Throw<TickLimitExceededException>();

        FluentActions.Invoking(() => Guard.Tick(1)).Should().Throw<TickLimitExceededException>();
        FluentActions.Invoking(() => Guard.Enter(1)).Should().Throw<TickLimitExceededException>();
        FluentActions.Invoking(() => Guard.ArrayLength(1, 1)).Should().Throw<TickLimitExceededException>();
        FluentActions.Invoking(() => Guard.AllocationCount(1_000_000, 8)).Should().Throw<TickLimitExceededException>();
        Guard.IsUncatchable(new InvalidOperationException()).Should().BeTrue("after a trip nothing may be caught");

        Begin(ticks: 5);
        Guard.Tick(5);
        GuardBudget.Tripped.Should().Be(GuardLimitKind.None);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void A_cost_that_is_not_positive_is_refused_and_never_credits(int cost)
    {
        Begin(ticks: 10);
        Guard.Tick(4);
        FluentActions.Invoking(() => Guard.Tick(cost)).Should().Throw<ArgumentOutOfRangeException>();
        GuardBudget.Usage.TicksUsed.Should().Be(4);
    }

    [Fact]
    public void The_counter_never_wraps_at_the_largest_costs()
    {
        Begin(ticks: long.MaxValue);
        for (int i = 0; i < 10_000; i++)
        {
            Guard.Tick(int.MaxValue);
        }

        GuardBudget.Usage.TicksUsed.Should().Be(10_000L * int.MaxValue);
        Begin(ticks: 1);
        FluentActions.Invoking(() => Guard.Tick(int.MaxValue)).Should().Throw<TickLimitExceededException>();
        for (int i = 0; i < 1000; i++)
        {
            FluentActions.Invoking(() => Guard.Tick(int.MaxValue)).Should().Throw<TickLimitExceededException>();
        }
    }

    [Fact]
    public void Loops_over_arrays_are_charged_for_every_round_up_front_and_never_credited()
    {
        Begin(ticks: 1000);
        Guard.Iterations(new int[100], 3).Should().HaveCount(100);
        Guard.Iterations("abcd", 5).Should().Be("abcd");
        Guard.Iterations((int[])null!, 3).Should().BeNull();
        Guard.Iterations(new int[0, 7], 3).Length.Should().Be(0);
        Guard.Iterations((int[,])null!, 3).Should().BeNull();
        Guard.TickLoop(10, 20, 7);
        Guard.TickLoop(int.MinValue, int.MaxValue, int.MaxValue);
        GuardBudget.Usage.TicksUsed.Should().Be(320);
        Guard.TickLoop(100, 10, 7);
        GuardBudget.Usage.TicksUsed.Should().Be(950);
        FluentActions.Invoking(() => Guard.Iterations(new int[51], 1)).Should().Throw<TickLimitExceededException>();
        FluentActions.Invoking(() => Guard.TickLoop(1, 0, 0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Loops_over_arrays_get_the_same_array_back_when_the_charge_ends_a_segment()
    {
        // 3,000 charges of 7 ticks cross a segment end every 1,024 ticks, where the array goes
        // through the slow path and back; a string does the same.
        Begin(ticks: 1_000_000);
        var items = new int[7];
        const string text = "abcdefg";
        int different = 0;
        for (int i = 0; i < 3000; i++)
        {
            different += ReferenceEquals(Guard.Iterations(items, 1), items) ? 0 : 1;
            different += ReferenceEquals(Guard.Iterations(text, 1), text) ? 0 : 1;
        }

        different.Should().Be(0);
        GuardBudget.Usage.TicksUsed.Should().Be(42_000);
    }

    [Fact]
    public void Depth_counts_frames_and_exits_restore_it()
    {
        Begin(ticks: 1000, depth: 3);
        Guard.Enter(1);
        Guard.Enter(1);
        Guard.Enter(1);
        Guard.Exit();
        Guard.Enter(1);
        FluentActions.Invoking(() => Guard.Enter(1)).Should().Throw<StackLimitExceededException>();
        GuardBudget.Tripped.Should().Be(GuardLimitKind.CallDepth);
        FluentActions.Invoking(() => Guard.Tick(1)).Should().Throw<StackLimitExceededException>("the trip is sticky");
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, 1023)]
    [InlineData(7, 1500)]
    [InlineData(40, 5000)]
    [InlineData(1000, 1)]
    [InlineData(1000, 3000)]
    [InlineData(2000, 100)]
    [InlineData(9, 16380)]
    [InlineData(1000, 16383)]
    [InlineData(40, 20000)]
    [InlineData(100_000, 16000)]
    public void The_depth_limit_trips_at_exactly_the_frame_that_crosses_it_whatever_the_ticks_spent_before(int depth, int ticksBefore)
    {
        // The depth is checked where a tick segment ends; segments must end at the crossing entry
        // whatever the ticks already spent and the depth the segment started at.
        Begin(ticks: long.MaxValue, depth: depth);
        for (int i = 0; i < ticksBefore; i++)
        {
            Guard.Tick(1);
        }

        for (int frame = 1; frame <= depth; frame++)
        {
            Guard.Enter(1);
            if (frame % 3 == 0)
            {
                Guard.Tick(5);
            }
        }

        GuardBudget.Tripped.Should().Be(GuardLimitKind.None);
        long ticks = GuardBudget.Usage.TicksUsed;
        ticks.Should().Be(ticksBefore + depth + (5L * (depth / 3)));
        FluentActions.Invoking(() => Guard.Enter(1)).Should().Throw<StackLimitExceededException>();
        GuardBudget.Tripped.Should().Be(GuardLimitKind.CallDepth);
        GuardBudget.Usage.TicksUsed.Should().Be(ticks + 1, "the entry that crossed the limit was charged");
        GuardBudget.Usage.MaxDepth.Should().Be(depth + 1);
    }

    [Fact]
    public void Frames_up_to_the_limit_can_be_entered_again_after_exits()
    {
        Begin(ticks: long.MaxValue, depth: 5);
        for (int round = 0; round < 3000; round++)
        {
            for (int i = 0; i < 5; i++)
            {
                Guard.Enter(2);
            }

            for (int i = 0; i < 5; i++)
            {
                Guard.Tick(1);
                Guard.Exit();
            }
        }

        GuardBudget.Tripped.Should().Be(GuardLimitKind.None);
        GuardBudget.Usage.TicksUsed.Should().Be(3000L * 15);
        GuardBudget.Usage.MaxDepth.Should().Be(5);
    }

    [Fact]
    public void The_ticks_counted_do_not_depend_on_the_depth_limit()
    {
        long Spend(int depthLimit)
        {
            Begin(ticks: long.MaxValue, depth: depthLimit);
            for (int i = 0; i < 2000; i++)
            {
                for (int d = 0; d < 30; d++)
                {
                    Guard.Enter((d % 4) + 1);
                    Guard.TickLoop(d, 0, 3);
                }

                for (int d = 0; d < 30; d++)
                {
                    Guard.Exit();
                }

                Guard.Tick(7);
            }

            GuardBudget.Tripped.Should().Be(GuardLimitKind.None);
            return GuardBudget.Usage.TicksUsed;
        }

        long expected = 2000L * ((30 / 4 * 10) + 1 + 2 + 7 + (3 * (29 * 30 / 2)));
        Spend(30).Should().Be(expected, "segments end at every frame near the limit");
        Spend(31).Should().Be(expected);
        Spend(100_000).Should().Be(expected);
    }

    [Fact]
    public void Entries_and_charges_at_the_largest_costs_never_wrap()
    {
        Begin(ticks: long.MaxValue, depth: 10);
        for (int i = 0; i < 1000; i++)
        {
            Guard.Enter(int.MaxValue);
            Guard.Iterations(new int[3], int.MaxValue);
            Guard.Tick(int.MaxValue);
            Guard.Exit();
        }

        GuardBudget.Tripped.Should().Be(GuardLimitKind.None);
        GuardBudget.Usage.TicksUsed.Should().Be(1000L * 5 * int.MaxValue);

        // Each of these charges nearly 2^63 ticks: the count saturates instead of wrapping.
        Guard.TickLoop(int.MaxValue, int.MinValue, int.MaxValue);
        Guard.TickLoop(int.MaxValue, int.MinValue, int.MaxValue);
        GuardBudget.Usage.TicksUsed.Should().Be(long.MaxValue);

        Begin(ticks: 1L << 40, depth: 10);
        FluentActions.Invoking(() =>
        {
            while (true)
            {
                Guard.Enter(int.MaxValue);
                Guard.Exit();
            }
        }).Should().Throw<TickLimitExceededException>();
        GuardBudget.Usage.TicksUsed.Should().Be(((1L << 40) / int.MaxValue + 1) * int.MaxValue);
        FluentActions.Invoking(() => Guard.Enter(1)).Should().Throw<TickLimitExceededException>("the trip is sticky");
    }

    [Fact]
    public void The_deepest_countable_depth_never_spills_into_the_tick_count()
    {
        // The depth shares a word with the ticks; a budget beyond what the word can count is
        // held at its largest count (no real stack holds 16 million frames).
        Begin(ticks: long.MaxValue, depth: int.MaxValue);
        int frames = 0;
        var act = () =>
        {
            while (true)
            {
                Guard.Enter(1);
                frames++;
            }
        };
        act.Should().Throw<StackLimitExceededException>().WithMessage("*16777214 frames*");
        frames.Should().Be((1 << 24) - 2);
        GuardBudget.Usage.TicksUsed.Should().Be(frames + 1L);
        GuardBudget.Usage.MaxDepth.Should().Be(frames + 1);
    }

    [Fact]
    public void A_frame_that_fails_to_enter_is_not_counted()
    {
        Begin(ticks: 10, depth: 100);
        Guard.Enter(4);
        Guard.Enter(4);
        FluentActions.Invoking(() => Guard.Enter(4)).Should().Throw<TickLimitExceededException>();
        Begin(ticks: 1000, depth: 2);
        Guard.Enter(1);
        Guard.Enter(1);
        FluentActions.Invoking(() => Guard.Enter(1)).Should().Throw<StackLimitExceededException>();
        Guard.Exit();
        Guard.Exit();
        GuardBudget.Usage.MaxDepth.Should().Be(3);

        // Had the failed frame stayed counted, this budget's frames would not fit.
        Begin(ticks: 1000, depth: 2);
        Guard.Enter(1);
        Guard.Enter(1);
        GuardBudget.Tripped.Should().Be(GuardLimitKind.None);
    }

    [Fact]
    public void An_array_larger_than_the_allocation_budget_trips_before_it_is_created()
    {
        Begin(ticks: 1000, bytes: 1 << 20);
        Guard.ArrayLength(1000, 4).Should().Be(1000);
        FluentActions.Invoking(() => Guard.ArrayLength(1 << 20, 4)).Should().Throw<AllocationLimitExceededException>();
        GuardBudget.Tripped.Should().Be(GuardLimitKind.AllocatedBytes);
    }

    [Fact]
    public void Negative_sizes_are_returned_unchanged_and_never_credit_the_budget()
    {
        Begin(ticks: 1000, bytes: 1 << 20);
        Guard.ArrayLength(-5, 4).Should().Be(-5);
        Guard.ArrayLength(long.MinValue, int.MaxValue).Should().Be(long.MinValue);
        Guard.AllocationCount(int.MinValue, 8).Should().Be(int.MinValue);
        FluentActions.Invoking(() => Guard.ArrayLength((1 << 20) + 1, 1)).Should().Throw<AllocationLimitExceededException>(
            "the negative sizes before must not have made room");
    }

    [Fact]
    public void Multi_dimensional_sizes_multiply_without_wrapping()
    {
        Begin(ticks: 1000, bytes: 1 << 20);

        // 2^32 * 2^32 wraps to 0 in 64-bit arithmetic; saturation keeps it huge.
        Guard.FirstDimension(1L << 32, out var elements);
        FluentActions.Invoking(() => Guard.LastDimension(1L << 32, elements, 4)).Should().Throw<AllocationLimitExceededException>();

        Begin(ticks: 1000, bytes: 1 << 20);
        Guard.FirstDimension(0, out elements);
        Guard.NextDimension(int.MaxValue, elements, out elements);
        Guard.LastDimension(int.MaxValue, elements, 4).Should().Be(int.MaxValue, "an array with a zero dimension holds nothing");

        Guard.FirstDimension(1000, out elements);
        Guard.NextDimension(-1, elements, out elements);
        Guard.LastDimension(1000, elements, 4).Should().Be(1000, "a negative dimension throws at creation and is never credited");
        FluentActions.Invoking(() => Guard.ArrayLength(1 << 20, 1)).Should().Throw<AllocationLimitExceededException>();
    }

    [Fact]
    public void Sequences_of_known_length_are_charged_before_they_are_copied()
    {
        Begin(ticks: 1000, bytes: 1 << 20);
        Guard.AllocationSequence(Enumerable.Range(0, 100), 4).Should().HaveCount(100);
        FluentActions.Invoking(() => Guard.AllocationSequence(Enumerable.Range(0, int.MaxValue), 4)).Should().Throw<AllocationLimitExceededException>();
    }

    [Fact]
    public void Small_allocations_are_checked_once_they_add_up()
    {
        // No tick at all between them: the unchecked allowance alone must bring the check.
        Begin(ticks: 1_000_000, bytes: 64 * 1024);
        var keep = new List<byte[]>();
        var act = () =>
        {
            for (int i = 0; i < 10_000; i++)
            {
                keep.Add(new byte[Guard.ArrayLength(100, 1)]);
            }
        };
        act.Should().Throw<AllocationLimitExceededException>();
        GuardBudget.Usage.BytesAllocated.Should().BeGreaterThan(64 * 1024).And.BeLessThan(64 * 1024 + 2 * GuardState.UncheckedAllocationBytes);
    }

    [Fact]
    public void An_allocation_larger_than_the_allowance_left_is_checked_at_once()
    {
        Begin(ticks: 1_000_000, bytes: 64 * 1024);
        Guard.ArrayLength(1000, 1).Should().Be(1000);
        FluentActions.Invoking(() => Guard.ArrayLength(80 * 1024, 1)).Should().Throw<AllocationLimitExceededException>();
    }

    [Fact]
    public void Guards_trip_before_the_first_budget_and_after_end()
    {
        Begin();
        var usage = GuardBudget.End();
        usage.Tripped.Should().Be(GuardLimitKind.None);
        FluentActions.Invoking(() => Guard.Tick(1)).Should().Throw<TickLimitExceededException>();
        FluentActions.Invoking(() => Guard.Enter(1)).Should().Throw<GuardLimitExceededException>();
    }

    [Fact]
    public void Uncatchable_covers_guard_trips_memory_stack_and_wrapped_trips()
    {
        Begin();
        Guard.IsUncatchable(new InvalidOperationException()).Should().BeFalse();
        Guard.IsUncatchable(new OutOfMemoryException()).Should().BeTrue();
        Guard.IsUncatchable(new InsufficientMemoryException()).Should().BeTrue();
        Guard.IsUncatchable(new InsufficientExecutionStackException()).Should().BeTrue();
        Guard.IsUncatchable(new TypeInitializationException("T", new OutOfMemoryException())).Should().BeTrue();
    }

    [Fact]
    public void Guard_exceptions_are_sealed_and_cannot_be_created_or_derived_from_outside()
    {
        var types = new[] { typeof(TickLimitExceededException), typeof(StackLimitExceededException), typeof(AllocationLimitExceededException) };
        foreach (var type in types)
        {
            type.IsSealed.Should().BeTrue();
            type.BaseType.Should().Be(typeof(GuardLimitExceededException));
            type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Should().BeEmpty();
            type.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).Should().OnlyContain(c => c.IsAssembly);
        }

        typeof(GuardLimitExceededException).GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Should().OnlyContain(c => c.IsFamilyAndAssembly, "private protected: only this assembly may derive");
    }

    [Fact]
    public void The_bot_callable_surface_is_exactly_the_guard_class()
    {
        var names = typeof(Guard).GetMethods(BindingFlags.Public | BindingFlags.Static).Select(m => m.Name).Distinct().Order();
        names.Should().Equal(
            "AfterCharge", "AllocationCount", "AllocationSequence", "Appended", "ArrayLength", "BeginInitializer", "Consumed", "EndInitializer",
            "Enter", "Exit", "FirstDimension", "IsUncatchable", "Iterations", "LastDimension", "NextDimension", "ProbeStack", "Pulled", "Tick",
            "TickLoop", "Value", "Walk", "WalkAny", "WalkMatches");
    }

    [Fact]
    public void Limits_must_be_positive()
    {
        FluentActions.Invoking(() => new GuardLimits(0, 1, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new GuardLimits(1, -1, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new GuardLimits(1, 1, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => GuardBudget.Begin(null!)).Should().Throw<ArgumentNullException>();
    }
}
