using RestrictedCSharp.Guards.Tests.Infrastructure;

namespace RestrictedCSharp.Guards.Tests;

[Collection(GuardStateCollection.Name)]
public sealed class DeterminismTests
{
    private static readonly GuardLimits Generous = new(100_000_000, 1000, 1L << 30);

    [Theory]
    [MemberData(nameof(LegitimateBots.All), MemberType = typeof(LegitimateBots))]
    public void Guarded_results_equal_unguarded_and_ticks_repeat_exactly(string name, string source)
    {
        var unguarded = BotRun.Unguarded(source);
        unguarded.Exception.Should().BeNull(name);

        var guardedBot = BotCompiler.Compile(source, guarded: true);
        var first = BotRun.Run(guardedBot, limits: Generous);
        var second = BotRun.Run(guardedBot, limits: Generous);
        var recompiled = BotRun.Run(BotCompiler.Compile(source, guarded: true), limits: Generous);

        first.Exception.Should().BeNull(first.ToString());
        first.Tripped.Should().Be(GuardLimitKind.None);
        first.Result.Should().Be(unguarded.Result, name);
        first.Usage.TicksUsed.Should().BePositive();
        second.Usage.TicksUsed.Should().Be(first.Usage.TicksUsed, "ticks are deterministic");
        recompiled.Usage.TicksUsed.Should().Be(first.Usage.TicksUsed, "the rewrite is deterministic");
        second.Result.Should().Be(first.Result);
    }

    [Theory]
    [MemberData(nameof(LegitimateBots.All), MemberType = typeof(LegitimateBots))]
    public void A_budget_of_exactly_the_ticks_used_succeeds_and_one_less_trips(string name, string source)
    {
        var bot = BotCompiler.Compile(source, guarded: true);
        long used = BotRun.Run(bot, limits: Generous).Usage.TicksUsed;

        BotRun.Run(bot, limits: new GuardLimits(used, 1000, 1L << 30)).Tripped.Should().Be(GuardLimitKind.None, name);
        BotRun.Run(bot, limits: new GuardLimits(used - 1, 1000, 1L << 30)).Tripped.Should().Be(GuardLimitKind.Ticks, name);
    }
}
