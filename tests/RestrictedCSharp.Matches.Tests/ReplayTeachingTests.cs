using Regex = System.Text.RegularExpressions.Regex;
using Xunit.Abstractions;
using RestrictedCSharp.Matches.Tests.Infrastructure;

namespace RestrictedCSharp.Matches.Tests;

/// <summary>The replay page tells what happened when it happened: deaths among the events, places only at the end.</summary>
[Collection(MatchCollection.Name)]
public sealed class ReplayTeachingTests(MatchFixture fixture, ITestOutputHelper output) : IDisposable
{
    private readonly string _page = Path.Combine(Path.GetTempPath(), $"replay-teach-{Guid.NewGuid():N}.html");

    public void Dispose() => File.Delete(_page);

    [SkippableFact]
    public async Task A_crash_is_an_event_and_places_wait_for_the_end()
    {
        if (HeadlessChromium.Path is null)
        {
            output.WriteLine("chromium is not installed (apt-get install chromium; .ci/run installs it): the page test is skipped");
            Skip.If(true, "chromium is not installed");
        }

        var bots = new[] { await fixture.BotAsync(Repository.SampleBot("floodfill")), await fixture.BotAsync(Repository.SampleBot("wallfollower")) };
        var result = await fixture.PlayAsync(bots, fixture.Options(seed: 5, size: 16));
        result.Events.Should().ContainSingle("neither sample bot fails a turn: the one event is the game's death")
            .Which.Should().Match<Results.MatchEvent>(e => e.Kind == Results.MatchEventKinds.Died && e.Turn == result.Turns);
        result.WinnerName.Should().NotBeNull();
        await File.WriteAllTextAsync(_page, LightCyclesMatch.Replay(result));

        var end = await HeadlessChromium.DumpDomAsync(_page, "#end");
        end.Should().NotContain("<div id=\"events\">no failures").And.MatchRegex($@"turn {result.Turns}  \w+  died: ");
        Places(end).Should().Equal(result.Bots.Select(b => $"{b.Placement}"));

        var start = await HeadlessChromium.DumpDomAsync(_page, "#turn=0");
        Places(start).Should().Equal("-", "-");
    }

    /// <summary>The place column of the bots table: each row's second cell.</summary>
    private static IEnumerable<string> Places(string dom) =>
        Regex.Matches(dom, @"<tr[^>]*><td>.*?</td><td>([^<]*)</td>").Select(m => m.Groups[1].Value);
}
