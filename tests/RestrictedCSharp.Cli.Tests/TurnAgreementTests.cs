using System.Text.Json;
using System.Text.RegularExpressions;

namespace RestrictedCSharp.Cli.Tests;

/// <summary>
/// One turn numbering across what <c>rcsc match</c> writes (docs/TURNS.md), for a match that ends when a bot dies:
/// the report's "after N turns" and its death line, the record's turns, events, statistics and ticks, and the data
/// the replay page draws from all name the same last turn.
/// </summary>
public sealed partial class TurnAgreementTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string SampleBot(string name) => Path.Combine(MatchSamples.Root, "samples", "LightCycles", "bots", name);

    [Fact]
    public async Task The_report_the_record_and_the_replay_page_agree_on_the_turn_a_bot_died()
    {
        // The README's first match: wallfollower runs into floodfill's trail.
        var run = await Rcsc.RunAsync(
            "match", SampleBot("floodfill"), SampleBot("wallfollower"),
            "--replay", _folder.Combine("match.html"), "--replay-json", _folder.Combine("match.json"));

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        var printed = AfterTurns().Match(run.Stdout);
        printed.Success.Should().BeTrue(run.Stdout);
        var turns = int.Parse(printed.Groups["turns"].Value, System.Globalization.CultureInfo.InvariantCulture);
        run.Stdout.Should().Contain($"died at turn {turns}: hit player 0's trail").And.Contain($"turn {turns} wallfollower: died: hit player 0's trail");

        using var record = JsonDocument.Parse(File.ReadAllText(_folder.Combine("match.json")));
        var page = File.ReadAllText(_folder.Combine("match.html"));
        var embedded = PageData().Match(page);
        embedded.Success.Should().BeTrue("the page embeds the match record");
        using var shown = JsonDocument.Parse(embedded.Groups["json"].Value);

        foreach (var (name, root) in new[] { ("record", record.RootElement), ("page", shown.RootElement) })
        {
            root.GetProperty("turns").GetInt32().Should().Be(turns, name);
            var died = root.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "died");
            died.GetProperty("turn").GetInt32().Should().Be(turns, $"{name}: the death is an event of the last turn");
            died.GetProperty("bot").GetString().Should().Be("wallfollower");
            root.GetProperty("events").EnumerateArray().Max(e => e.GetProperty("turn").GetInt32()).Should().Be(turns, name);

            var replay = root.GetProperty("replay");
            replay.GetProperty("ticksByTurn").EnumerateArray().Should().AllSatisfy(t => t.GetArrayLength().Should().Be(turns, $"{name}: one entry per turn"));
            replay.GetProperty("calls").EnumerateArray().Should().AllSatisfy(c =>
                c.EnumerateArray().Select(call => call[0].GetInt32()).Should().Equal(Enumerable.Range(1, turns), $"{name}: every bot was called in turns 1 to {turns}"));
            var board = replay.GetProperty("board");
            board.GetProperty("frames").GetArrayLength().Should().Be(turns + 1, $"{name}: the start and the board after each turn");
            board.GetProperty("ends")[1].GetProperty("turn").GetInt32().Should().Be(turns, name);
            foreach (var bot in root.GetProperty("bots").EnumerateArray())
                bot.GetProperty("calls").GetInt32().Should().Be(turns, name);
        }
    }

    [GeneratedRegex(@"winner: floodfill after (?<turns>[0-9]+) turns")]
    private static partial Regex AfterTurns();

    [GeneratedRegex(@"<script type=""application/json"" id=""match-data"">(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex PageData();
}
