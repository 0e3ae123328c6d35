namespace RestrictedCSharp.Cli.Tests;

/// <summary>
/// <c>rcsc run --game</c> prints each call's log lines under it, read from the reply as a match reads them: bounded
/// (the host's cut of a forged log), one printed line per logged line, control characters as visible escapes.
/// </summary>
public sealed class RunLogTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // Answers Play itself, so its log is whatever it likes: forty lines, one with a line break, one with an escape sequence.
    private const string ChattyBot = """
        using LightCycles.Api;

        public sealed class ChattyBot : ILightCyclesBot
        {
            public Direction Move(GameView view) => Direction.Up;

            public TurnReply Play(GameView view)
            {
                var lines = new string[40];
                lines[0] = "seen turn " + view.Turn;
                lines[1] = "<b>bold</b>\u001b[31mred";
                lines[2] = "two\nlines";
                for (var i = 3; i < lines.Length; i++) lines[i] = "line " + i;
                return new TurnReply(Move(view), lines);
            }
        }
        """;

    [Fact]
    public async Task Each_calls_log_lines_are_printed_bounded_and_escaped()
    {
        var bot = _folder.Write("chatty/ChattyBot.cs", ChattyBot);

        var run = await Rcsc.RunAsync("run", "--game", "lightcycles", bot, "--calls", "2");

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        var lines = run.Stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        lines.Count(l => l.StartsWith("call ", StringComparison.Ordinal)).Should().Be(2, run.Stdout);
        var logged = lines.Where(l => l.StartsWith("    log: ", StringComparison.Ordinal)).Select(l => l["    log: ".Length..]).ToList();
        logged.Should().HaveCount(2 * 18, "each call keeps the API's 16 lines and one more, and the host says how many it dropped");
        logged.Take(18).Should().StartWith(["seen turn 0", "<b>bold</b>\\u001B[31mred", "two\\u000Alines", "line 3"]);
        logged[17].Should().Be("(23 more lines dropped by the host)");
        logged.Should().NotContain("line 39", "the value line shows the reply as it came; the log lines are the host's cut");
        run.Stdout.Should().NotContain("\u001b");
    }

    [Fact]
    public async Task Without_a_game_no_log_is_read()
    {
        var run = await Rcsc.RunAsync("run", Path.Combine(MatchSamples.Root, "samples", "bots", "greedy"), "--method", "Choose",
            "--args", """[[{"x":0,"y":0,"value":3}]]""");

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        run.Stdout.Should().NotContain("log:");
    }
}
