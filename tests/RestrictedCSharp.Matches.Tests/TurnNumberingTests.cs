using Xunit.Abstractions;
using RestrictedCSharp.Matches.Results;
using RestrictedCSharp.Matches.Tests.Infrastructure;

namespace RestrictedCSharp.Matches.Tests;

/// <summary>
/// One turn numbering everywhere (docs/TURNS.md): a bot eliminated for failing turns 1 to 3 ends a match of 3
/// turns, and the result, its events, the bot's statistics and the replay page all say 3.
/// </summary>
[Collection(MatchCollection.Name)]
public sealed class TurnNumberingTests(MatchFixture fixture, ITestOutputHelper output) : IDisposable
{
    private readonly string _page = Path.Combine(Path.GetTempPath(), $"replay-turns-{Guid.NewGuid():N}.html");

    public void Dispose() => File.Delete(_page);

    [Fact]
    public async Task The_result_its_events_and_the_eliminated_bots_statistics_agree()
    {
        var result = await PlayAsync();

        result.WinnerName.Should().Be("floodfill");
        result.Turns.Should().Be(3, "the illegal bot's third failed turn eliminated it: the match lasted three turns");
        var illegal = result.Bots.Single(b => b.Name == "illegal");
        illegal.Calls.Should().Be(3);
        illegal.EliminatedAtTurn.Should().Be(3);
        result.Events.Select(e => e.Turn).Should().Equal(1, 2, 3, 3);
        result.Events.Last().Kind.Should().Be(MatchEventKinds.Eliminated);
        result.Replay.TicksByTurn.Should().AllSatisfy(ticks => ticks.Should().HaveCount(3));
    }

    [SkippableFact]
    public async Task The_replay_page_numbers_the_turns_as_the_result_does()
    {
        if (HeadlessChromium.Path is null)
        {
            output.WriteLine("chromium is not installed (apt-get install chromium; .ci/run installs it): the page test is skipped");
            Skip.If(true, "chromium is not installed");
        }

        await File.WriteAllTextAsync(_page, LightCyclesMatch.Replay(await PlayAsync()));
        var dom = await HeadlessChromium.DumpDomAsync(_page, "#end");

        dom.Should().Contain("winner: floodfill after 3 turns")
            .And.Contain("turn 3 / 3")
            .And.Contain("Eliminated (turn 3)")
            .And.NotContain("(turn 2)");
    }

    private async Task<MatchResult> PlayAsync()
    {
        var bots = new[] { await fixture.BotAsync(Repository.SampleBot("floodfill")), await fixture.BotFromSourceAsync("illegal", TestBots.Illegal) };
        return await fixture.PlayAsync(bots, fixture.Options(seed: 3, size: 24, maxTurns: 50));
    }
}
