using System.Text.Json;

namespace RestrictedCSharp.Cli.Tests;

/// <summary><c>rcsc match</c>: plays, reports, writes identical replays for the same seed, and refuses bad input.</summary>
public sealed class MatchCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string SampleBot(string name) => Path.Combine(MatchSamples.Root, "samples", "LightCycles", "bots", name);

    [Fact]
    public async Task A_match_of_two_sample_bots_is_played_and_the_same_seed_writes_the_same_replay_bytes()
    {
        async Task<RcscOutput> PlayAsync(string name) => await Rcsc.RunAsync(
            "match", SampleBot("floodfill"), SampleBot("wallfollower"), "--seed", "4", "--set", "width=12", "--set", "height=12",
            "--replay", _folder.Combine($"{name}.html"), "--replay-json", _folder.Combine($"{name}.json"));

        var first = await PlayAsync("first");
        var second = await PlayAsync("second");

        first.ExitCode.Should().Be(ExitCodes.Success, first.ToString());
        first.Stdout.Should().MatchRegex("(winner: (floodfill|wallfollower)|draw) after [0-9]+ turns");
        first.Stdout.Should().Contain("floodfill").And.Contain("wallfollower").And.Contain("wall clock (not deterministic)");
        File.ReadAllBytes(_folder.Combine("second.json")).Should().Equal(File.ReadAllBytes(_folder.Combine("first.json")));
        File.ReadAllBytes(_folder.Combine("second.html")).Should().Equal(File.ReadAllBytes(_folder.Combine("first.html")));

        using var record = JsonDocument.Parse(File.ReadAllText(_folder.Combine("first.json")));
        record.RootElement.GetProperty("bots").GetArrayLength().Should().Be(2);
        record.RootElement.TryGetProperty("wallClock", out _).Should().BeFalse("wall times are not part of the record");
        File.ReadAllText(_folder.Combine("first.html")).Should().Contain("<canvas").And.NotContain("{{MATCH_DATA}}");
        second.ExitCode.Should().Be(ExitCodes.Success, second.ToString());
    }

    [Fact]
    public async Task The_json_report_has_the_result_and_a_separate_wall_clock_section()
    {
        var run = await Rcsc.RunAsync("match", SampleBot("random"), SampleBot("random"), "--set", "width=10", "--set", "height=10", "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        using var report = JsonDocument.Parse(run.Stdout);
        var bots = report.RootElement.GetProperty("bots").EnumerateArray().Select(b => b.GetProperty("name").GetString()).ToList();
        bots.Should().Equal("random", "random-2");
        report.RootElement.GetProperty("turns").GetInt32().Should().BeGreaterThan(0);
        report.RootElement.GetProperty("wallClock").GetProperty("totalMs").GetDouble().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task A_rejected_bot_is_printed_like_rcsc_check_and_the_match_does_not_start()
    {
        var peeking = _folder.Write("peeking/PeekingBot.cs", """
            using LightCycles.Api;

            public sealed class PeekingBot : LightCyclesBot
            {
                public override Direction Move(GameView view) =>
                    System.IO.File.ReadAllText("/etc/hostname").Length > 3 ? Direction.Up : Direction.Down;
            }
            """);

        var run = await Rcsc.RunAsync("match", SampleBot("random"), Path.GetDirectoryName(peeking)!);

        run.ExitCode.Should().Be(ExitCodes.Rejected, run.ToString());
        run.Stdout.Should().Contain("bot 'peeking' is rejected").And.Contain("PeekingBot.cs(6,").And.Contain("error RCX0001").And.Contain("Rejected:");
        run.Stderr.Should().Contain("the match did not start");
    }

    [Theory]
    [InlineData("one bot", new[] { "match", "{random}" }, "lightcycles is played by 2 to 4 bots; 1 given")]
    [InlineData("board too small", new[] { "match", "{random}", "{random}", "--set", "width=4" }, "width and height must be 8 to 128")]
    [InlineData("setting not a number", new[] { "match", "{random}", "{random}", "--set", "width=wide" }, "width must be a whole number")]
    [InlineData("setting of another game", new[] { "match", "{random}", "{random}", "--set", "depth=3" }, "lightcycles has no setting 'depth' (its settings: width, height, max-turns)")]
    [InlineData("setting without a value", new[] { "match", "{random}", "{random}", "--set", "width" }, "--set takes NAME=VALUE")]
    [InlineData("missing registry", new[] { "match", "{random}", "{random}", "--games", "/nonexistent/rcsc-games.json" }, "does not exist")]
    [InlineData("no failures allowed", new[] { "match", "{random}", "{random}", "--max-failures", "0" }, "--max-failures must be at least 1")]
    [InlineData("unknown game", new[] { "match", "{random}", "{random}", "--game", "chess" }, "no game 'chess' in ")]
    [InlineData("missing bot", new[] { "match", "{random}", "/nonexistent/bot" }, "does not exist")]
    public async Task Bad_usage_exits_2_with_one_line(string because, string[] args, string message)
    {
        Directory.CreateDirectory(_folder.Combine("empty"));
        var run = await Rcsc.RunAsync([.. args.Select(a => a switch { "{random}" => SampleBot("random"), "{empty}" => _folder.Combine("empty"), _ => a })]);

        run.ExitCode.Should().Be(ExitCodes.UsageOrInput, because);
        run.Stderr.Trim().Should().StartWith("rcsc: ").And.Contain(message).And.NotContain("\n");
    }
}

internal static class MatchSamples
{
    public static string Root => RepositoryRoot.Path;
}
