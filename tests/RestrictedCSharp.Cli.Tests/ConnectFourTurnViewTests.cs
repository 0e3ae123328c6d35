using System.Text.Json;

namespace RestrictedCSharp.Cli.Tests;

/// <summary>Connect Four's record keeps, per call, the board its bot saw and the column it answered, for the replay's view of a turn.</summary>
public sealed class ConnectFourTurnViewTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Bot(string name) => Path.Combine(MatchSamples.Root, "samples", "ConnectFour", "bots", name);

    [Fact]
    public async Task Each_call_is_kept_with_the_board_seen_and_the_column_answered_for_the_pages_turn_view()
    {
        var run = await Rcsc.RunAsync("match", "--game", "connectfour", Bot("lookahead"), Bot("leftmost"), "--seed", "5",
            "--replay", _folder.Combine("c4.html"), "--replay-json", _folder.Combine("c4.json"));

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        using var record = JsonDocument.Parse(File.ReadAllText(_folder.Combine("c4.json")));
        var calls = record.RootElement.GetProperty("replay").GetProperty("calls");
        var first = calls[0].EnumerateArray().ToList();
        var second = calls[1].EnumerateArray().ToList();
        first.Select(c => c[0].GetInt32()).Should().OnlyContain(t => t % 2 == 1, "seat 0 moves in odd turns");
        second.Select(c => c[0].GetInt32()).Should().OnlyContain(t => t % 2 == 0);
        (first.Count + second.Count).Should().Be(record.RootElement.GetProperty("turns").GetInt32());
        first[0][1].GetString().Should().Be("plays X; board, top row first: ......./......./......./......./......./.......");
        second.Should().AllSatisfy(c => c[1].GetString().Should().StartWith("plays O; "));
        first.Should().AllSatisfy(c => c[2].GetString().Should().MatchRegex("^column [0-6]$"));
        File.ReadAllText(_folder.Combine("c4.html")).Should().Contain("function replayShell(match, game)").And.Contain("replayShell(match, {").And.NotContain(RestrictedCSharp.Games.ReplayPage.ShellPlaceholder);
    }
}
