using Xunit.Abstractions;
using RestrictedCSharp.Matches.Results;
using RestrictedCSharp.Matches.Tests.Infrastructure;

namespace RestrictedCSharp.Matches.Tests;

/// <summary>
/// The replay's view of a turn: the record keeps, per bot and turn, what the bot saw and answered beside its ticks and
/// log lines, and the page shows them for the selected turn, bot text as text (a logged script tag is not run).
/// </summary>
[Collection(MatchCollection.Name)]
public sealed class ReplayTurnViewTests(MatchFixture fixture, ITestOutputHelper output) : IDisposable
{
    private readonly string _page = Path.Combine(Path.GetTempPath(), $"replay-turnview-{Guid.NewGuid():N}.html");

    public void Dispose() => File.Delete(_page);

    /// <summary>Logs markup every turn, then goes on like the bursty bot's light turns.</summary>
    private const string Scripting = """
        using LightCycles.Api;

        public sealed class ScriptingBot : LightCyclesBot
        {
            public override Direction Move(GameView view)
            {
                Log.Write("<script>document.title='taken'</script><b>turn " + view.Turn + "</b>");
                var me = view.Me;
                foreach (var d in new[] { me.Heading, me.Heading.TurnRight(), me.Heading.TurnLeft() })
                {
                    if (view.IsFree(me.Head.Step(d))) return d;
                }
                return me.Heading;
            }
        }
        """;

    [Fact]
    public async Task The_record_keeps_what_each_bot_saw_and_answered_in_each_turn()
    {
        var result = await PlayAsync();

        result.Replay.Calls.Should().HaveCount(2);
        foreach (var (calls, p) in result.Replay.Calls.Select((c, p) => (c, p)))
        {
            calls.Select(c => c.Turn).Should().Equal(Enumerable.Range(1, result.Bots[p].Calls), "one entry per call, numbered as the report numbers turns");
            calls.Should().AllSatisfy(c =>
            {
                c.Saw.Should().MatchRegex(@"^at \([0-9]+,[0-9]+\) heading (Up|Right|Down|Left); free: ");
                c.Answered.Should().BeOneOf("Up", "Right", "Down", "Left");
            });
        }
        result.Replay.Calls[0][0].Saw.Should().Contain("; rivals: 1 at (", "the first view shows the rival");
    }

    [SkippableFact]
    public async Task The_page_shows_the_selected_turns_calls_with_bot_text_as_text()
    {
        if (HeadlessChromium.Path is null)
        {
            output.WriteLine("chromium is not installed (apt-get install chromium; .ci/run installs it): the page test is skipped");
            Skip.If(true, "chromium is not installed");
        }

        var result = await PlayAsync();
        await File.WriteAllTextAsync(_page, LightCyclesMatch.Replay(result));
        var call = result.Replay.Calls[0][1];

        var dom = await HeadlessChromium.DumpDomAsync(_page, "#turn=2");

        dom.Should().Contain("Turn 2: what each bot saw, answered, spent and logged")
            .And.Contain($"saw: {call.Saw}")
            .And.Contain($"answered: {call.Answered}")
            .And.Contain($"ticks: {result.Replay.TicksByTurn[0][1]}")
            .And.Contain("log: &lt;script&gt;document.title='taken'&lt;/script&gt;&lt;b&gt;turn 1&lt;/b&gt;", "the line logged in turn 2 (view turn 1), as text")
            .And.NotContain("<script>document.title")
            .And.NotContain("<title>taken</title>");
        dom.Should().Contain($"ticks: {result.Replay.TicksByTurn[1][1]}</div><div class=\"muted\">logged nothing</div>", "wallfollower logs nothing");

        var start = await HeadlessChromium.DumpDomAsync(_page, "#turn=0");
        start.Should().Contain("Turn 0: the start").And.NotContain("<div>saw: ", "no call is made before turn 1");
    }

    private async Task<MatchResult> PlayAsync()
    {
        var bots = new[] { await fixture.BotFromSourceAsync("scripting", Scripting), await fixture.BotAsync(Repository.SampleBot("wallfollower")) };
        return await fixture.PlayAsync(bots, fixture.Options(seed: 4, size: 12, maxTurns: 40));
    }
}
