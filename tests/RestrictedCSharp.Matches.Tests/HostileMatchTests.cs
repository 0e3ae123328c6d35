using LightCycles.Api;
using RestrictedCSharp.Matches.Results;
using RestrictedCSharp.Matches.Tests.Infrastructure;

namespace RestrictedCSharp.Matches.Tests;

/// <summary>
/// The contained hostile bots of the game's gallery against a sound bot, four to a game: every match
/// finishes, the sound bot wins, each failure is recorded with the outcome its file's header promises,
/// and the host goes on serving matches afterwards.
/// </summary>
[Collection(MatchCollection.Name)]
public sealed class HostileMatchTests(MatchFixture fixture)
{
    [Theory]
    [InlineData("looper", "recurser", "hoarder")]
    [InlineData("thrower", "catcher", "logflood")]
    public async Task Hostile_bots_fail_with_their_outcome_are_eliminated_and_the_sound_bot_wins(string first, string second, string third)
    {
        var sound = await fixture.BotAsync(Repository.SampleBot("floodfill"));
        var hostile = new[] { first, second, third };
        var bots = new List<MatchEntrant> { await fixture.BotAsync(Repository.ContainedBot(first)), sound };
        foreach (var name in hostile.Skip(1)) bots.Add(await fixture.BotAsync(Repository.ContainedBot(name)));

        var result = await fixture.PlayAsync(bots, fixture.Options(seed: 2, size: 16));

        result.WinnerName.Should().Be("floodfill", Describe(result));
        foreach (var name in hostile)
        {
            var expected = ExpectedOutcome(name);
            var bot = result.Bots.Single(b => b.Name == name);
            var events = result.Events.Where(e => e.Bot == name).ToList();
            if (expected == "ok")
            {
                bot.Failures.Should().Be(0, Describe(result));
                continue;
            }
            events.Should().NotBeEmpty($"{name} fails every turn it plays");
            events[0].Should().BeEquivalentTo(new { Turn = 1, Kind = expected }, o => o.ExcludingMissingMembers(), Describe(result));
            bot.FailuresByKind.Keys.Should().Equal([expected], $"{name} fails the same way every turn");
            if (expected == "exception")
                events[0].Message.Should().Contain(".cs:line", "an exception is reported with the bot's own frame");
            // On a 16x16 board no start is within three cells of a wall: the streak, not a crash, ends it.
            var maxFailures = fixture.Options().Budgets.MaxFailures;
            bot.EliminatedAtTurn.Should().Be(maxFailures, Describe(result));
            events.Select(e => e.Kind).Should().Equal([.. Enumerable.Repeat(expected, maxFailures), MatchEventKinds.Eliminated]);
            events.Select(e => e.Turn).Should().Equal([.. Enumerable.Range(1, maxFailures), maxFailures]);
        }

        // The host is healthy: it plays the next match as if nothing had happened.
        var after = await fixture.PlayAsync([sound, await fixture.BotAsync(Repository.SampleBot("random"))], fixture.Options(seed: 9));
        after.Events.Where(e => e.Kind != MatchEventKinds.Died).Should().BeEmpty("sound bots do not fail; one of them may die");
        after.Turns.Should().BeGreaterThan(1);
    }

    [Fact]
    public async Task A_bot_that_creeps_up_to_the_heap_ceiling_gets_a_fresh_runner_and_plays_on()
    {
        var creeper = await fixture.BotAsync(Repository.ContainedBot("creeper"));
        var sound = await fixture.BotAsync(Repository.SampleBot("floodfill"));

        // 16 MiB kept per turn against a 128 MiB heap: the ceiling comes within ten turns, long before a wall.
        var result = await fixture.PlayAsync([creeper, sound], fixture.Options(seed: 1, size: 32, maxTurns: 12));

        var events = result.Events.Where(e => e.Bot == "creeper").ToList();
        events.Should().Contain(e => e.Kind == ExpectedOutcome("creeper"), Describe(result));
        result.Bots[0].Calls.Should().BeGreaterThan(events.Count, "the turns after a replacement are played in the fresh runner");
        result.Bots[0].EliminatedAtTurn.Should().BeNull("one failed turn between good ones is no streak");
    }

    [Fact]
    public async Task A_flood_of_log_lines_is_kept_to_the_api_bound_per_turn()
    {
        var flood = await fixture.BotAsync(Repository.ContainedBot("logflood"));
        var sound = await fixture.BotAsync(Repository.SampleBot("floodfill"));

        var result = await fixture.PlayAsync([flood, sound], fixture.Options(seed: 4, size: 16));

        var lines = result.Replay.Logs[0];
        lines.Should().NotBeEmpty();
        lines.GroupBy(l => l.Turn).Should().AllSatisfy(turn => turn.Count().Should().BeLessThanOrEqualTo(BotLog.MaxLines + 1));
        lines.Should().AllSatisfy(l => l.Text.Length.Should().BeLessThanOrEqualTo(BotLog.MaxLineLength));
        lines.Should().Contain(l => l.Text.Contains("more lines dropped"));
    }

    /// <summary>What the bot's file says it ends in: its <c>// Outcome: ...</c> header line.</summary>
    private static string ExpectedOutcome(string name)
    {
        var file = Directory.EnumerateFiles(Repository.ContainedBot(name), "*.cs").Single();
        var line = File.ReadLines(file).First(l => l.StartsWith("// Outcome:", StringComparison.Ordinal));
        return line["// Outcome:".Length..].Trim();
    }

    private static string Describe(MatchResult result) =>
        $"turns {result.Turns}; events: {string.Join("; ", result.Events.Select(e => $"{e.Turn} {e.Bot} {e.Kind}: {e.Message}"))}";
}
