using RestrictedCSharp.Protocol;
using RestrictedCSharp.Soundness.Tests.Generation;
using RestrictedCSharp.Soundness.Tests.Infrastructure;

namespace RestrictedCSharp.Soundness.Tests;

/// <summary>
/// The budgets' promise, on generated bots: a source that check accepts builds and passes the audit, and every
/// call of it ends inside its budgets (never <c>timeout</c> or <c>crashed</c>, which are backstops for our own
/// bugs), with the same outcome, value and ticks in two processes.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class GeneratedBotTests(Pipeline pipeline)
{
    private static readonly CallOutcome[] InsideBudgets =
    [
        CallOutcome.Ok, CallOutcome.Exception, CallOutcome.TickLimit, CallOutcome.StackLimit,
        CallOutcome.AllocLimit, CallOutcome.MemoryLimit,
    ];

    private static readonly Lazy<IReadOnlyDictionary<string, GeneratedBot>> GeneratedBots =
        new(() => BotGenerator.All().ToDictionary(b => b.Name));

    /// <summary>The bots by name, so that each is a test case of its own.</summary>
    public static TheoryData<string> Bots() => new(GeneratedBots.Value.Keys);

    [SkippableTheory]
    [MemberData(nameof(Bots))]
    public async Task An_accepted_bot_ends_every_call_inside_its_budgets_and_the_same_way_twice(string name)
    {
        var bot = GeneratedBots.Value[name];
        Skip.If(bot.OpenGap is not null, bot.OpenGap);
        var check = await pipeline.CheckAsync(bot.Source);
        check.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error && !d.IsRestrictedRule)
            .Should().BeEmpty("the generator writes valid C#; a refusal must be a rule's, not a compiler error\n" + bot.Source);
        if (!check.Accepted)
        {
            bot.MustBeAccepted.Should().BeFalse("honest code must be accepted:\n" + string.Join("\n", check.Diagnostics));
            return;
        }

        var build = await pipeline.BuildAsync(bot.Source);
        build.Succeeded.Should().BeTrue("check accepted the bot, so build and the audit must too:\n" + string.Join("\n", build.Diagnostics));

        var first = await pipeline.RunOnceAsync(build.Bot!, 7);
        var second = await pipeline.RunOnceAsync(build.Bot!, 7);

        first.Outcome.Should().BeOneOf(InsideBudgets, $"the call must end inside its budgets ({first.Message})");
        if (bot.MustBeAccepted)
        {
            first.Outcome.Should().Be(CallOutcome.Ok, first.Message);
        }

        Describe(second).Should().Be(Describe(first), "a call's outcome, value and ticks are a function of its inputs");
    }

    private static string Describe(CallResult result) => $"{result.Outcome} {result.Value?.GetRawText()} {result.Ticks}";
}
