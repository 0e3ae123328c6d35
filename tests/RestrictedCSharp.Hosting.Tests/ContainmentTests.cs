using RestrictedCSharp.Hosting.Tests.Infrastructure;
using RestrictedCSharp.Protocol;
using static RestrictedCSharp.Hosting.Tests.Infrastructure.Json;

namespace RestrictedCSharp.Hosting.Tests;

/// <summary>
/// Each guard outcome through the real runner: the call ends with the right outcome, and the same process
/// serves the next call normally (the limits are per call, and a limit does not poison the runner).
/// </summary>
[Collection(RunnerCollection.Name)]
public sealed class ContainmentTests(HostFixture fixture)
{
    private static readonly string Bot = TestBotCompiler.Guarded(TestBots.Containment);

    private async Task<IBot> StartAsync()
    {
        var bot = await fixture.StartAsync(Bot);
        bot.Load.Outcome.Should().Be(CallOutcome.Ok, bot.Load.Message);
        return bot;
    }

    private static async Task NextCallWorksInTheSameProcess(IBot bot)
    {
        var next = await bot.CallAsync("Add", Args(2, 3));
        next.Outcome.Should().Be(CallOutcome.Ok, next.Message);
        next.Value!.Value.GetInt32().Should().Be(5);
        bot.ProcessesUsed.Should().Be(1);
    }

    [Fact]
    public async Task A_call_returns_its_value_with_what_it_spent()
    {
        await using var bot = await StartAsync();
        bot.EntryType.Should().Be("ContainmentBot");
        bot.Methods.Should().Contain(["Add", "Spin", "Fail"]);

        var result = await bot.CallAsync("SumTo", Args(1000));

        result.Outcome.Should().Be(CallOutcome.Ok);
        result.Value!.Value.GetInt32().Should().Be(500_500);
        result.Ticks.Should().BeGreaterThanOrEqualTo(1000, "every round of the loop is charged");
        result.AllocatedBytes.Should().BeGreaterThanOrEqualTo(0);
        result.Message.Should().BeNull();
    }

    [Fact]
    public async Task Records_and_arrays_travel_as_json()
    {
        await using var bot = await StartAsync();

        var distance = await bot.CallAsync("Distance", Args(new { x = 1, y = 2 }, new { x = 4, y = -2 }));
        var neighbours = await bot.CallAsync("Neighbours", Args(new { x = 0, y = 0 }));

        distance.Value!.Value.GetInt32().Should().Be(7);
        neighbours.Value!.Value.GetRawText().Should().Be("""[{"x":1,"y":0},{"x":0,"y":1}]""");
    }

    [Fact]
    public async Task The_bot_keeps_its_state_between_calls()
    {
        await using var bot = await StartAsync();
        (await bot.CallAsync("CountCalls", None)).Value!.Value.GetInt32().Should().Be(1);
        (await bot.CallAsync("CountCalls", None)).Value!.Value.GetInt32().Should().Be(2);
    }

    [Fact]
    public async Task An_infinite_loop_ends_at_the_tick_limit()
    {
        await using var bot = await StartAsync();

        var result = await bot.CallAsync("Spin", None);

        result.Outcome.Should().Be(CallOutcome.TickLimit, result.Message);
        result.Ticks.Should().BeGreaterThan(HostFixture.Budgets.Ticks);
        await NextCallWorksInTheSameProcess(bot);
    }

    [Fact]
    public async Task Unbounded_recursion_ends_at_the_stack_limit_not_a_crash()
    {
        await using var bot = await StartAsync();

        var result = await bot.CallAsync("Recurse", Args(0));

        result.Outcome.Should().Be(CallOutcome.StackLimit, result.Message);
        await NextCallWorksInTheSameProcess(bot);
    }

    [Fact]
    public async Task Recursion_in_every_finally_ends_at_the_stack_limit_and_the_process_is_replaced()
    {
        // Each unwinding frame's finally recurses again, nesting exception dispatch on the real stack;
        // the guards park the bot thread rather than overflow it, and the runner reports the trip. A depth
        // budget far above what the stack holds makes the real stack, not the frame count, the limit.
        await using var bot = await fixture.StartAsync(Bot, HostFixture.Options with { CallDepth = 10_000_000, Ticks = 100_000_000 });

        var result = await bot.CallAsync("RecurseInFinally", Args(0));

        result.Outcome.Should().Be(CallOutcome.StackLimit, result.Message);
        var next = await bot.CallAsync("Add", Args(2, 3));
        next.Outcome.Should().Be(CallOutcome.Ok, next.Message);
        bot.ProcessesUsed.Should().Be(2, "a parked bot thread never runs again");
    }

    [Fact]
    public async Task A_catch_all_cannot_swallow_the_tick_limit()
    {
        await using var bot = await StartAsync();

        var result = await bot.CallAsync("Swallow", None);

        result.Outcome.Should().Be(CallOutcome.TickLimit, result.Message);
        result.Value.Should().BeNull();
        await NextCallWorksInTheSameProcess(bot);
    }

    [Fact]
    public async Task A_catch_all_cannot_swallow_the_stack_limit()
    {
        await using var bot = await StartAsync();

        var result = await bot.CallAsync("SwallowRecursion", None);

        result.Outcome.Should().Be(CallOutcome.StackLimit, result.Message);
        await NextCallWorksInTheSameProcess(bot);
    }

    [Fact]
    public async Task An_allocation_bomb_ends_at_the_allocation_limit()
    {
        await using var bot = await StartAsync();

        var result = await bot.CallAsync("AllocationBomb", None);

        result.Outcome.Should().Be(CallOutcome.AllocLimit, result.Message);
        await NextCallWorksInTheSameProcess(bot);
    }

    [Fact]
    public async Task A_huge_array_is_refused_before_it_is_allocated()
    {
        await using var bot = await StartAsync();

        var result = await bot.CallAsync("HugeArray", Args(1_000_000_000));

        result.Outcome.Should().Be(CallOutcome.AllocLimit, result.Message);
        result.AllocatedBytes.Should().BeLessThan(HostFixture.Budgets.AllocatedBytes, "the 8 GB array was never allocated");
        await NextCallWorksInTheSameProcess(bot);
    }

    [Fact]
    public async Task A_thrown_exception_reports_the_message_and_the_authors_line()
    {
        await using var bot = await StartAsync();

        var result = await bot.CallAsync("Fail", Args("the bot gives up"));

        result.Outcome.Should().Be(CallOutcome.Exception);
        result.Message.Should().Be("System.InvalidOperationException: the bot gives up");
        result.StackFrames.Should().NotBeNull();
        var top = result.StackFrames![0];
        top.Method.Should().Be("ContainmentBot.Fail");
        top.File.Should().EndWith(TestBotCompiler.SourceFileName);
        top.Line.Should().Be(TestBotCompiler.LineOf(TestBots.Containment, "line:throw"));
        await NextCallWorksInTheSameProcess(bot);
    }

    [Fact]
    public async Task Only_the_bots_own_frames_are_reported()
    {
        await using var bot = await StartAsync();

        var result = await bot.CallAsync("FailDeeper", Args(3));

        result.Outcome.Should().Be(CallOutcome.Exception);
        result.StackFrames!.Select(f => f.Method).Should().Equal(
            "Thrower.Throw", "ContainmentBot.FailDeeper", "ContainmentBot.FailDeeper", "ContainmentBot.FailDeeper", "ContainmentBot.FailDeeper");
        result.StackFrames![0].Line.Should().Be(TestBotCompiler.LineOf(TestBots.Containment, "line:deep"));
    }

    [Fact]
    public async Task A_call_that_does_not_fit_is_rejected_and_the_bot_goes_on()
    {
        await using var bot = await StartAsync();

        var missing = await bot.CallAsync("NoSuchMethod", None);
        var wrongArity = await bot.CallAsync("Add", Args(1));
        var wrongType = await bot.CallAsync("Add", Args("one", "two"));

        missing.Outcome.Should().Be(CallOutcome.Rejected);
        missing.Message.Should().Contain("NoSuchMethod");
        wrongArity.Outcome.Should().Be(CallOutcome.Rejected);
        wrongType.Outcome.Should().Be(CallOutcome.Rejected);
        wrongType.Message.Should().Contain("Argument 1");
        await NextCallWorksInTheSameProcess(bot);
    }
}
