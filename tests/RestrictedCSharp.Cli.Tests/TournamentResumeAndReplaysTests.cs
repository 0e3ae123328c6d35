namespace RestrictedCSharp.Cli.Tests;

/// <summary>
/// <c>rcsc tournament</c> tells what it does with its results file (resuming, or what an interruption kept) and
/// writes a replay page per game with <c>--replays</c>, refusing a folder it cannot write before any game is played.
/// </summary>
public sealed class TournamentResumeAndReplaysTests : IDisposable
{
    private static readonly string[] Bots = ["random", "wallfollower"]; // the quickest two

    private readonly TempFolder _folder = new();

    public TournamentResumeAndReplaysTests()
    {
        foreach (var bot in Bots)
        {
            var source = Path.Combine(MatchSamples.Root, "samples", "LightCycles", "bots", bot);
            foreach (var file in Directory.EnumerateFiles(source, "*.cs"))
                _folder.Write(Path.Combine("bots", bot, Path.GetFileName(file)), File.ReadAllText(file));
        }
    }

    public void Dispose() => _folder.Dispose();

    private string[] Arguments(int rounds, string results, params string[] more) =>
        ["tournament", _folder.Combine("bots"), "--rounds", $"{rounds}", "--seed", "11", "--set", "width=10", "--set", "height=10", "--results", results, .. more];

    [Fact]
    public async Task A_run_on_an_existing_results_file_says_it_resumes_and_how_many_games_it_found()
    {
        var results = _folder.Combine("results.jsonl");
        var first = await Rcsc.RunAsync(Arguments(1, results));
        first.ExitCode.Should().Be(ExitCodes.Success, first.ToString());
        first.Stdout.Should().NotContain("resuming");

        var second = await Rcsc.RunAsync(Arguments(2, results));

        second.ExitCode.Should().Be(ExitCodes.Success, second.ToString());
        second.Stdout.Should().Contain($"resuming: 1 of 2 games already played (from {results})");
    }

    [Fact]
    public async Task Interrupted_it_says_how_many_games_the_results_file_kept_and_how_to_resume()
    {
        var results = _folder.Combine("interrupted.jsonl");
        using var interrupt = new CancellationTokenSource();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var running = RcscApp.RunAsync(Arguments(6, results), stdout, stderr, interrupt.Token);
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (GamesIn(results) < 1 && !running.IsCompleted && DateTime.UtcNow < deadline) await Task.Delay(20);
        interrupt.Cancel(); // what Ctrl-C does to the command's token

        var exit = await running.WaitAsync(TimeSpan.FromMinutes(2));

        var kept = GamesIn(results);
        kept.Should().BeInRange(1, 5, $"the interruption came after the first game\n{stdout}\n{stderr}");
        exit.Should().Be(ExitCodes.UsageOrInput);
        stderr.ToString().Should().Contain($"interrupted: {kept} of 6 games are kept in {results}; run the same command again to play the other {6 - kept}");
    }

    [Fact]
    public async Task Replays_are_written_one_page_per_game_into_a_folder_it_makes()
    {
        var replays = _folder.Combine("pages/nested");

        var run = await Rcsc.RunAsync(Arguments(2, _folder.Combine("replayed.jsonl"), "--replays", replays));

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        Directory.GetFiles(replays).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .Should().Equal("game-0-random-vs-wallfollower.html", "game-1-wallfollower-vs-random.html");
        File.ReadAllText(Path.Combine(replays, "game-1-wallfollower-vs-random.html"))
            .Should().Contain("<canvas").And.Contain("\"name\":\"wallfollower\"").And.NotContain("{{MATCH_DATA}}");
    }

    [Fact]
    public async Task A_replays_folder_that_cannot_be_made_is_refused_before_any_game_is_played()
    {
        var file = _folder.Write("taken", "a file, not a folder");
        var results = _folder.Combine("never.jsonl");

        var run = await Rcsc.RunAsync(Arguments(2, results, "--replays", Path.Combine(file, "replays")));

        run.ExitCode.Should().Be(ExitCodes.UsageOrInput, run.ToString());
        run.Stderr.Should().StartWith($"rcsc: --replays '{Path.Combine(file, "replays")}' cannot be written: ");
        run.Stdout.Should().NotContain("game 1/");
        File.Exists(results).Should().BeFalse("nothing was played");
    }

    private static int GamesIn(string path)
    {
        if (!File.Exists(path)) return 0;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Count(c => c == '\n');
    }
}
