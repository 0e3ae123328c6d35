using RestrictedCSharp.Hosting.Tests.Infrastructure;
using RestrictedCSharp.Protocol;
using static RestrictedCSharp.Hosting.Tests.Infrastructure.Json;

namespace RestrictedCSharp.Hosting.Tests;

/// <summary>
/// The outcomes that end a runner process — a wall-clock timeout, a crash, the heap or resident-set ceiling,
/// a corrupted channel — come back as outcomes, never exceptions, and the next call runs in a fresh
/// process with a freshly constructed bot.
/// </summary>
[Collection(RunnerCollection.Name)]
public sealed class ProcessReplacementTests(HostFixture fixture)
{
    private static async Task NextCallRunsInAFreshProcess(IBot bot, string method = "Ping")
    {
        var next = await bot.CallAsync(method, None);
        next.Outcome.Should().Be(CallOutcome.Ok, next.Message);
        bot.ProcessesUsed.Should().Be(2);
    }

    /// <summary>
    /// Library work is charged in rewritten bots, so a call that runs past its deadline is one the guards do
    /// not watch: an operator's assembly loaded without the audit, as the deadline must hold for those too.
    /// </summary>
    private static BotHostOptions Unwatched(int timeoutMs) => HostFixture.Options with { SkipAudit = true, TimeoutMs = timeoutMs };

    [Fact]
    public async Task A_long_call_that_ticks_cannot_see_ends_at_the_deadline()
    {
        await using var bot = await fixture.StartAsync(TestBotCompiler.Plain(TestBots.LibraryWork), Unwatched(300));

        var result = await bot.CallAsync("SortForever", None);

        result.Outcome.Should().Be(CallOutcome.Timeout, result.Message);
        result.Ticks.Should().Be(0, "the runner never answered");
        await NextCallRunsInAFreshProcess(bot);
    }

    [Fact]
    public async Task A_slow_call_releases_its_caller_before_the_reply_and_still_ends_at_the_deadline()
    {
        await using var bot = await fixture.StartAsync(TestBotCompiler.Plain(TestBots.LibraryWork), Unwatched(300));

        var pending = bot.CallAsync("SortForever", None);

        pending.IsCompleted.Should().BeFalse("the caller's thread waits for a reply only briefly, then is handed back");
        var result = await pending;
        result.Outcome.Should().Be(CallOutcome.Timeout, result.Message);
        await NextCallRunsInAFreshProcess(bot);
    }

    [Fact]
    public async Task Fail_fast_is_a_crash_and_the_next_call_gets_a_fresh_process()
    {
        await using var bot = await fixture.StartAsync(TestBotCompiler.Plain(TestBots.Crasher),
            HostFixture.Options with { SkipAudit = true });

        var result = await bot.CallAsync("FailFast", None);

        result.Outcome.Should().Be(CallOutcome.Crashed);
        result.Message.Should().Contain("bot says goodbye", "the runner's stderr is part of the report");
        await NextCallRunsInAFreshProcess(bot);
    }

    [Fact]
    public async Task Exiting_is_a_crash()
    {
        await using var bot = await fixture.StartAsync(TestBotCompiler.Plain(TestBots.Crasher),
            HostFixture.Options with { SkipAudit = true });

        var result = await bot.CallAsync("Exit", None);

        result.Outcome.Should().Be(CallOutcome.Crashed);
        result.Message.Should().Contain("code 42");
        await NextCallRunsInAFreshProcess(bot);
    }

    [Fact]
    public async Task A_stack_overflow_in_unguarded_code_is_a_crash()
    {
        await using var bot = await fixture.StartAsync(TestBotCompiler.Plain(TestBots.Crasher),
            HostFixture.Options with { SkipAudit = true });

        var result = await bot.CallAsync("Overflow", Args(0));

        result.Outcome.Should().Be(CallOutcome.Crashed);
        await NextCallRunsInAFreshProcess(bot);
    }

    [Fact]
    public async Task Memory_kept_across_calls_ends_at_the_heap_ceiling_and_the_bot_starts_over()
    {
        // Each call stays well inside its allocation budget; together they outgrow the 48 MiB heap.
        await using var bot = await BotHost.StartAsync(TestBotCompiler.Guarded(TestBots.Hoarder),
            HostFixture.Options with { MemoryMb = 48 });

        CallResult result;
        var calls = 0;
        do
        {
            result = await bot.CallAsync("Keep", None);
            calls++;
        }
        while (result.IsOk && calls < 20);

        result.Outcome.Should().Be(CallOutcome.MemoryLimit, result.Message);
        calls.Should().BeGreaterThan(1, "one call alone fits");
        var afresh = await bot.CallAsync("Keep", None);
        afresh.Outcome.Should().Be(CallOutcome.Ok);
        afresh.Value!.Value.GetInt32().Should().Be(1, "the replacement process constructed the bot anew");
        bot.ProcessesUsed.Should().Be(2);
    }

    [Fact]
    public async Task Memory_outside_the_managed_heap_ends_at_the_resident_set_ceiling()
    {
        await using var bot = await BotHost.StartAsync(TestBotCompiler.Plain(TestBots.NativeHoarder),
            HostFixture.Options with { SkipAudit = true, MemoryMb = 64, ResidentHeadroomMb = 64 });

        var result = await bot.CallAsync("Grow", None);

        result.Outcome.Should().Be(CallOutcome.MemoryLimit, result.Message);
        result.Message.Should().Contain("resident set");
        await NextCallRunsInAFreshProcess(bot);
    }

    [Fact]
    public async Task Writing_garbage_into_the_channel_is_a_protocol_error_and_the_bot_goes_on()
    {
        await using var bot = await fixture.StartAsync(TestBotCompiler.Plain(TestBots.ChannelCorrupter),
            HostFixture.Options with { SkipAudit = true });

        var result = await bot.CallAsync("WriteRandom", Args(1, 64));

        result.Outcome.Should().BeOneOf(CallOutcome.ProtocolError);
        await NextCallRunsInAFreshProcess(bot);
    }

    [Fact]
    public async Task A_truncated_frame_in_the_channel_ends_at_the_deadline_not_a_hang()
    {
        await using var bot = await fixture.StartAsync(TestBotCompiler.Plain(TestBots.ChannelCorrupter),
            HostFixture.Options with { SkipAudit = true, TimeoutMs = 500 });

        // The forged header announces 1 KiB; the runner's own reply is shorter, so the host waits for more.
        var result = await bot.CallAsync("WriteTruncatedFrame", None);

        result.Outcome.Should().Be(CallOutcome.Timeout, result.Message);
        await NextCallRunsInAFreshProcess(bot);
    }

    [Fact]
    public async Task What_a_bot_prints_goes_to_stderr_not_into_the_channel()
    {
        await using var bot = await fixture.StartAsync(TestBotCompiler.Plain(TestBots.ChannelCorrupter),
            HostFixture.Options with { SkipAudit = true });

        var result = await bot.CallAsync("WriteToConsole", None);

        result.Outcome.Should().Be(CallOutcome.Ok, result.Message);
        result.Value!.Value.GetInt32().Should().Be(7);
        bot.ProcessesUsed.Should().Be(1);
    }

    [Fact]
    public async Task A_constructor_that_never_finishes_fails_the_load_at_its_budget()
    {
        await using var bot = await fixture.StartAsync(TestBotCompiler.Guarded(TestBots.SpinningConstructor));

        bot.Load.Outcome.Should().Be(CallOutcome.TickLimit);
        bot.IsLoaded.Should().BeFalse();
        var call = await bot.CallAsync("Ping", None);
        call.Outcome.Should().Be(CallOutcome.Rejected);
    }

    [Fact]
    public async Task Cancelling_a_call_kills_its_runner_and_the_next_call_gets_a_fresh_one()
    {
        await using var bot = await fixture.StartAsync(TestBotCompiler.Plain(TestBots.LibraryWork), Unwatched(HostFixture.Budgets.TimeoutMs));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var call = () => bot.CallAsync("SortForever", None, cancel.Token);

        await call.Should().ThrowAsync<OperationCanceledException>();
        await NextCallRunsInAFreshProcess(bot);
    }
}
