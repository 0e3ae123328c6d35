using RestrictedCSharp.Hosting.Tests.Infrastructure;
using RestrictedCSharp.Protocol;
using static RestrictedCSharp.Hosting.Tests.Infrastructure.Json;

namespace RestrictedCSharp.Hosting.Tests;

/// <summary>
/// The name capture end to end: a bot that declares its own <c>RestrictedCSharp.Guards.Guard</c> so that
/// every inserted guard call lands in its no-ops. The rewriter refuses its source; an assembly built without the
/// rewriter's check (guard calls written as the rewriter writes them, bound to the bot's own type) is refused
/// by the audit in front of the runner; and only with the audit skipped does the long loop end ok with 0 ticks.
/// </summary>
[Collection(RunnerCollection.Name)]
public sealed class NameCaptureTests(HostFixture fixture)
{
    private const string Shadow = """
        public static class RestrictedCSharp
        {
            public static class Guards
            {
                public static class Guard
                {
                    public static void Tick(int cost) { }
                }
            }
        }
        """;

    // What the rewriter produced for the shadowing bot before reserved names covered types.
    private const string ShadowAsRewritten = Shadow + """
        public sealed class Bot
        {
            public long Spin(int rounds)
            {
                global::RestrictedCSharp.Guards.Guard.Tick(1);
                long sum = 0;
                for (var i = 0; i < rounds; i++) { global::RestrictedCSharp.Guards.Guard.Tick(1); sum += i; }
                return sum;
            }
        }
        """;

    private const string ShadowSource = Shadow + """
        public sealed class Bot
        {
            public long Spin(int rounds)
            {
                long sum = 0;
                for (var i = 0; i < rounds; i++) { sum += i; }
                return sum;
            }
        }
        """;

    [Fact]
    public void The_rewriter_refuses_the_shadowing_source()
    {
        var build = () => TestBotCompiler.Guarded(ShadowSource);

        build.Should().Throw<InvalidOperationException>().WithMessage("*RCX0304*RestrictedCSharp*");
    }

    [Fact]
    public async Task The_audit_refuses_a_bot_whose_guard_calls_land_in_its_own_types_before_any_runner_sees_it()
    {
        await using var bot = await fixture.StartAsync(TestBotCompiler.Plain(ShadowAsRewritten));

        bot.Load.Outcome.Should().Be(CallOutcome.Rejected);
        bot.AuditFindings.Should().Contain(f => f.Contains("RCX3011") && f.Contains("RestrictedCSharp"));
        var call = await bot.CallAsync("Spin", Args(50_000_000));
        call.Outcome.Should().Be(CallOutcome.Rejected, "a refused bot never runs, so it can never end ok with 0 ticks");
    }

    [Fact]
    public async Task Control_with_the_audit_skipped_the_captured_guards_meter_nothing()
    {
        // Proves the attack is real, so the refusals above mean something: 5 million rounds, far over the
        // 2 million ticks the call may spend, end ok with no tick charged.
        await using var bot = await fixture.StartAsync(TestBotCompiler.Plain(ShadowAsRewritten), HostFixture.Options with { SkipAudit = true });

        var result = await bot.CallAsync("Spin", Args(5_000_000));

        result.Outcome.Should().Be(CallOutcome.Ok, result.Message);
        result.Ticks.Should().BeLessThan(HostFixture.Budgets.Ticks, "the loop's rounds were never charged");
    }

    [Fact]
    public async Task The_same_loop_built_by_the_toolchain_ends_at_the_tick_limit()
    {
        const string honest = """
            public sealed class Bot
            {
                public long Spin(int rounds)
                {
                    long sum = 0;
                    for (var i = 0; i < rounds; i++) { sum += i; }
                    return sum;
                }
            }
            """;
        await using var bot = await fixture.StartAsync(TestBotCompiler.Guarded(honest));

        var result = await bot.CallAsync("Spin", Args(50_000_000));

        result.Outcome.Should().Be(CallOutcome.TickLimit, result.Message);
    }
}
