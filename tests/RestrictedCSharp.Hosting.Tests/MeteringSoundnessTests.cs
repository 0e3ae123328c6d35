using RestrictedCSharp.Hosting.Tests.Infrastructure;
using RestrictedCSharp.Protocol;
using static RestrictedCSharp.Hosting.Tests.Infrastructure.Json;

namespace RestrictedCSharp.Hosting.Tests;

/// <summary>
/// Work that the tick meter once did not see, through the real runner: each call must end inside its budgets
/// (a tick, stack or allocation limit), never at the wall clock or with a dead runner. Every entry method here
/// makes a virtual call, so that it is no leaf and only the construct under test decides the charge.
/// </summary>
[Collection(RunnerCollection.Name)]
public sealed class MeteringSoundnessTests(HostFixture fixture)
{
    private static readonly string Bot = TestBotCompiler.Guarded(MeteringBots.Source);

    private async Task<CallResult> CallAsync(string method, BotHostOptions? options = null)
    {
        await using var bot = await fixture.StartAsync(Bot, options);
        bot.Load.Outcome.Should().Be(CallOutcome.Ok, bot.Load.Message);
        return await bot.CallAsync(method, None);
    }

    [Theory]
    [InlineData("ConditionResetsCounter")]
    [InlineData("RefArgumentResetsCounter")]
    [InlineData("RefExtensionResetsCounter")]
    [InlineData("LocalFunctionResetsCounter")]
    public async Task A_counted_loop_whose_counter_is_written_outside_its_incrementor_ends_at_the_tick_limit(string method)
    {
        var result = await CallAsync(method);

        result.Outcome.Should().Be(CallOutcome.TickLimit, result.Message);
    }

    [Fact]
    public async Task Nested_small_loops_are_charged_for_the_product_of_their_rounds()
    {
        var result = await CallAsync("NestedSmallLoops");

        result.Outcome.Should().Be(CallOutcome.TickLimit, result.Message);
    }

    [Theory]
    [InlineData("ClosureSwapsArray")]
    [InlineData("RefLocalSwapsArray")]
    public async Task An_array_bound_loop_whose_array_is_swapped_during_the_loop_ends_at_the_tick_limit(string method)
    {
        var result = await CallAsync(method);

        result.Outcome.Should().Be(CallOutcome.TickLimit, result.Message);
    }

    [Theory]
    [InlineData("FieldInitializerCallsLeaf")]
    [InlineData("GenericNewRunsConstructor")]
    [InlineData("ForeachRunsMoveNext")]
    [InlineData("DeconstructionRunsDeconstruct")]
    public async Task A_leaf_called_implicitly_is_charged(string method)
    {
        var result = await CallAsync(method);

        result.Outcome.Should().Be(CallOutcome.TickLimit, result.Message);
    }

    [Theory]
    [InlineData("LeafEntry")]
    [InlineData("LeafChainEntry")]
    public async Task A_leaf_that_the_runner_calls_ticks_on_entry(string method)
    {
        var result = await CallAsync(method);

        result.Outcome.Should().Be(CallOutcome.TickLimit, result.Message);
    }

    [Fact]
    public async Task Sorting_stored_data_in_a_loop_ends_at_the_tick_limit_not_the_deadline()
    {
        // Array.Sort and Array.Reverse over a million ints, 100,000 times: it ran to the wall clock on one
        // tick a call; each call is now charged for the elements it walks.
        await using var bot = await fixture.StartAsync(TestBotCompiler.Guarded(TestBots.LibraryWork));

        var result = await bot.CallAsync("SortForever", None);

        result.Outcome.Should().Be(CallOutcome.TickLimit, result.Message);
    }

    [Fact]
    public async Task A_call_cannot_end_ok_above_its_allocation_budget()
    {
        // Concatenation allocates in library code that no size guard sees; the last doubling comes
        // after the last read of the allocation counter. The copies' ticks would stop the call first
        // under the usual budget, so the tick budget is raised: the allocation budget must still hold.
        var result = await CallAsync("DoubleAString", HostFixture.Options with { Ticks = 1_000_000_000 });

        result.Outcome.Should().Be(CallOutcome.AllocLimit, result.Message);
        result.AllocatedBytes.Should().BeGreaterThan(HostFixture.Budgets.AllocatedBytes);
    }

    [Fact]
    public async Task An_honest_bounded_loop_still_ends_ok_with_its_rounds_charged()
    {
        var result = await CallAsync("HonestLoops");

        result.Outcome.Should().Be(CallOutcome.Ok, result.Message);
        result.Value!.Value.GetInt64().Should().Be(16L * 16 * 16 + 1000 + 10);
        result.Ticks.Should().BeGreaterThanOrEqualTo(16 * 16 * 16 + 1000);
    }

    [Fact]
    public async Task Recursion_with_large_struct_frames_ends_at_the_stack_limit_not_a_crash()
    {
        // Frames of about 28 KiB: eight of them between two probes of every eighth frame overran the stack.
        // A depth budget far above what the stack holds makes the real stack, not the frame count, the limit.
        await using var bot = await fixture.StartAsync(
            TestBotCompiler.Guarded(MeteringBots.LargeFrames), HostFixture.Options with { CallDepth = 1_000_000, Ticks = 100_000_000 });
        bot.Load.Outcome.Should().Be(CallOutcome.Ok, bot.Load.Message);

        var result = await bot.CallAsync("DeepChapters", Args(0));

        result.Outcome.Should().Be(CallOutcome.StackLimit, result.Message);
    }

    [Fact]
    public async Task Generic_recursion_over_a_struct_at_the_type_argument_bound_ends_at_the_stack_limit()
    {
        // A type parameter's values are estimated at the largest struct a type argument may be; frames of a generic
        // function instantiated with one must stay within what the probes expect.
        await using var bot = await fixture.StartAsync(
            TestBotCompiler.Guarded(MeteringBots.GenericFramesAtTheBound), HostFixture.Options with { CallDepth = 1_000_000, Ticks = 100_000_000 });
        bot.Load.Outcome.Should().Be(CallOutcome.Ok, bot.Load.Message);

        var result = await bot.CallAsync("DeepGeneric", Args(0));

        result.Outcome.Should().Be(CallOutcome.StackLimit, result.Message);
    }
}
