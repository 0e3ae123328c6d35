using System.Text.Json;

namespace RestrictedCSharp.Cli.Tests;

/// <summary>
/// The second game, Connect Four, through the same commands as Light Cycles: nothing in rcsc knows it but
/// the repository's rcsc-games.json.
/// </summary>
public sealed class ConnectFourCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Bots => Path.Combine(MatchSamples.Root, "samples", "ConnectFour", "bots");

    private static string Bot(string name) => Path.Combine(Bots, name);

    [Theory]
    [InlineData("lookahead", "leftmost")]
    [InlineData("leftmost", "lookahead")]
    public async Task The_better_sample_beats_the_simple_one_from_either_seat_and_the_replay_is_the_same_bytes_twice(string first, string second)
    {
        async Task<RcscOutput> PlayAsync(string name) => await Rcsc.RunAsync(
            "match", "--game", "connectfour", Bot(first), Bot(second), "--seed", "5",
            "--replay", _folder.Combine($"{name}.html"), "--replay-json", _folder.Combine($"{name}.json"), "--format", "json");

        var one = await PlayAsync("one");
        var two = await PlayAsync("two");

        one.ExitCode.Should().Be(ExitCodes.Success, one.ToString());
        using var report = JsonDocument.Parse(one.Stdout);
        report.RootElement.GetProperty("game").GetString().Should().Be("connectfour");
        report.RootElement.GetProperty("winnerName").GetString().Should().Be("lookahead");
        report.RootElement.GetProperty("events").GetArrayLength().Should().Be(0, "both samples play legal moves within their ticks");
        two.ExitCode.Should().Be(ExitCodes.Success, two.ToString());
        File.ReadAllBytes(_folder.Combine("two.json")).Should().Equal(File.ReadAllBytes(_folder.Combine("one.json")));
        File.ReadAllBytes(_folder.Combine("two.html")).Should().Equal(File.ReadAllBytes(_folder.Combine("one.html")));
        var html = File.ReadAllText(_folder.Combine("one.html"));
        html.Should().Contain("<title>Connect Four replay</title>").And.NotContain("{{MATCH_DATA}}");
        using var record = JsonDocument.Parse(File.ReadAllText(_folder.Combine("one.json")));
        var board = record.RootElement.GetProperty("replay").GetProperty("board");
        board.GetProperty("width").GetInt32().Should().Be(7);
        board.GetProperty("moves").GetArrayLength().Should().Be(record.RootElement.GetProperty("turns").GetInt32());
        board.GetProperty("ending").GetString().Should().Contain("connected four");
    }

    [Fact]
    public async Task A_tournament_of_the_samples_ranks_the_better_one_first()
    {
        var results = _folder.Combine("c4.jsonl");
        var run = await Rcsc.RunAsync("tournament", "--game", "connectfour", Bots, "--rounds", "2", "--results", results, "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        using var standings = JsonDocument.Parse(run.Stdout);
        standings.RootElement.GetProperty("games").GetInt32().Should().Be(2);
        var table = standings.RootElement.GetProperty("standings").EnumerateArray().ToList();
        table[0].GetProperty("bot").GetString().Should().Be("lookahead");
        table[0].GetProperty("wins").GetInt32().Should().Be(2);
        File.ReadAllLines(results).Where(l => l.Length > 0).Should().HaveCount(2);
    }

    [Theory]
    [InlineData("three bots", new[] { "match", "--game", "connectfour", "{leftmost}", "{leftmost}", "{leftmost}" }, "connectfour is played by 2 bots; 3 given")]
    [InlineData("board too big", new[] { "match", "--game", "connectfour", "{leftmost}", "{leftmost}", "--set", "width=40" }, "width and height must be 4 to 16")]
    [InlineData("a Light Cycles setting", new[] { "match", "--game", "connectfour", "{leftmost}", "{leftmost}", "--set", "max-turns=9" }, "connectfour has no setting 'max-turns' (its settings: width, height)")]
    public async Task Bad_usage_exits_2_with_one_line(string because, string[] args, string message)
    {
        var run = await Rcsc.RunAsync([.. args.Select(a => a == "{leftmost}" ? Bot("leftmost") : a)]);

        run.ExitCode.Should().Be(ExitCodes.UsageOrInput, because);
        run.Stderr.Trim().Should().StartWith("rcsc: ").And.Contain(message).And.NotContain("\n");
    }

    [Fact]
    public async Task A_bot_of_the_other_game_is_rejected_against_this_games_api()
    {
        var floodfill = Path.Combine(MatchSamples.Root, "samples", "LightCycles", "bots", "floodfill");

        var run = await Rcsc.RunAsync("check", "--game", "connectfour", floodfill);

        run.ExitCode.Should().Be(ExitCodes.Rejected, run.ToString());
    }
}
