using RestrictedCSharp.Matches.Bots;
using RestrictedCSharp.Matches.Replay;
using RestrictedCSharp.Matches.Results;
using RestrictedCSharp.Matches.Tests.Infrastructure;

namespace RestrictedCSharp.Matches.Tests;

[Collection(MatchCollection.Name)]
public sealed class MatchTests(MatchFixture fixture)
{
    [Fact]
    public async Task The_same_match_twice_gives_byte_identical_records_and_replays()
    {
        var bots = new[] { await fixture.BotAsync(Repository.SampleBot("floodfill")), await fixture.BotAsync(Repository.SampleBot("random")) };

        var first = await fixture.PlayAsync(bots, fixture.Options(seed: 3));
        var second = await fixture.PlayAsync(bots, fixture.Options(seed: 3));

        first.Turns.Should().BeGreaterThan(1);
        first.Events.Where(e => e.Kind != MatchEventKinds.Died).Should().BeEmpty("sound bots do not fail under these budgets (a crash is a death, not a failure)");
        MatchJson.Replay(second).Should().Be(MatchJson.Replay(first));
        MatchJson.Summary(second, includeWallClock: false).Should().Be(MatchJson.Summary(first, includeWallClock: false));
        LightCyclesMatch.Replay(second).Should().Be(LightCyclesMatch.Replay(first));
        first.Bots.Should().AllSatisfy(b => b.TicksTotal.Should().BeGreaterThan(0));
    }

    [Fact]
    public async Task A_hashing_bot_against_a_sample_bot_gives_byte_identical_replays_in_fresh_processes()
    {
        var bots = new[] { await fixture.BotFromSourceAsync("hashing", TestBots.Hashing), await fixture.BotAsync(Repository.SampleBot("floodfill")) };

        var first = await fixture.PlayAsync(bots, fixture.Options(seed: 5));
        var second = await fixture.PlayAsync(bots, fixture.Options(seed: 5));

        first.Turns.Should().BeGreaterThan(5);
        first.Events.Where(e => e.Kind != MatchEventKinds.Died).Should().BeEmpty(string.Join("; ", first.Events.Select(e => e.Message)));
        MatchJson.Replay(second).Should().Be(MatchJson.Replay(first));
        MatchJson.Summary(second, includeWallClock: false).Should().Be(MatchJson.Summary(first, includeWallClock: false));
    }

    [Fact]
    public async Task Another_seed_gives_another_game()
    {
        var bots = new[] { await fixture.BotAsync(Repository.SampleBot("random")), await fixture.BotAsync(Repository.SampleBot("random"), "random-2") };

        var one = await fixture.PlayAsync(bots, fixture.Options(seed: 1));
        var other = await fixture.PlayAsync(bots, fixture.Options(seed: 2));

        MatchJson.Replay(other).Should().NotBe(MatchJson.Replay(one));
    }

    [Fact]
    public async Task Without_a_bank_the_heavy_turns_fail_and_with_one_they_draw_on_the_saved_ticks()
    {
        var bursty = await fixture.BotFromSourceAsync("bursty", TestBots.Bursty);
        var opponent = await fixture.BotAsync(Repository.SampleBot("floodfill"));
        var tight = MatchFixture.Budgets with { Bot = MatchFixture.Budgets.Bot with { Ticks = 20_000 }, BankCap = 0 };

        var noBank = await fixture.PlayAsync([bursty, opponent], fixture.Options(budgets: tight, maxTurns: 12));
        var withBank = await fixture.PlayAsync([bursty, opponent], fixture.Options(budgets: tight with { BankCap = 50_000 }, maxTurns: 12));

        var starved = noBank.Bots[0];
        starved.FailuresByKind.Should().ContainKey("tick-limit").WhoseValue.Should().BeGreaterThan(0);
        starved.EliminatedAtTurn.Should().BeNull("a light turn between heavy ones resets the failure streak");
        noBank.Events.Where(e => e.Kind != MatchEventKinds.Died).Should().OnlyContain(e => e.Kind == "tick-limit" && e.Turn % 2 == 0, "the view's turn is the turns already played");

        var banked = withBank.Bots[0];
        banked.Failures.Should().Be(0, string.Join("; ", withBank.Events.Select(e => e.Message)));
        banked.TicksMaxTurn.Should().BeGreaterThan(20_000, "a heavy turn overran into the bank");
        withBank.Replay.Logs[0].Should().Contain(l => l.Text == "heavy turn");
    }

    [Fact]
    public async Task An_illegal_reply_is_a_failed_turn_and_three_in_a_row_eliminate_the_bot()
    {
        var illegal = await fixture.BotFromSourceAsync("illegal", TestBots.Illegal);
        var sound = await fixture.BotAsync(Repository.SampleBot("floodfill"));

        var result = await fixture.PlayAsync([illegal, sound], fixture.Options());

        result.WinnerName.Should().Be("floodfill");
        result.Events.Select(e => (e.Turn, e.Kind)).Should().Equal(
            (1, MatchEventKinds.IllegalReply), (2, MatchEventKinds.IllegalReply), (3, MatchEventKinds.IllegalReply), (3, MatchEventKinds.Eliminated));
        result.Bots[0].EliminatedAtTurn.Should().Be(3);
        result.Bots[0].Placement.Should().Be(2);
    }

    [Fact]
    public async Task A_bot_whose_constructor_throws_is_eliminated_before_the_first_turn()
    {
        var broken = await fixture.BotFromSourceAsync("broken", TestBots.BrokenConstructor);
        var sound = await fixture.BotAsync(Repository.SampleBot("floodfill"));

        var result = await fixture.PlayAsync([sound, broken], fixture.Options());

        result.WinnerName.Should().Be("floodfill");
        result.Turns.Should().Be(0);
        result.Events.Select(e => (e.Turn, e.Bot, e.Kind)).Should().Equal((0, "broken", "exception"), (0, "broken", MatchEventKinds.Eliminated));
        result.Events[0].Message.Should().Contain("not today");
        result.Bots[1].Should().BeEquivalentTo(new { EliminatedAtTurn = 0, Calls = 0, Placement = 2 });
    }

    [Fact]
    public async Task A_bot_the_pipeline_refuses_is_reported_with_its_diagnostics()
    {
        var builds = await fixture.BuildAsync("peeking", () => new BotSubmission("peeking", [new("Peeking.cs", TestBots.Peeking)]));

        builds.AllAccepted.Should().BeFalse();
        builds.Entrants.Should().BeEmpty();
        builds.Rejections.Single().Diagnostics.Should().Contain(d => d.Id == "RCX0001" && d.Message.Contains("System.IO.File.ReadAllText"));
    }

    [Fact]
    public async Task The_number_of_bots_must_fit_the_game()
    {
        var bot = await fixture.BotAsync(Repository.SampleBot("random"));

        await FluentActions.Awaiting(() => fixture.PlayAsync([bot], fixture.Options())).Should().ThrowAsync<RestrictedCSharp.Games.GameSetupException>();
    }
}
