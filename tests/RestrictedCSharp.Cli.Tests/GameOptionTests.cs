using System.Text.Json;

namespace RestrictedCSharp.Cli.Tests;

/// <summary>
/// <c>--game</c> on the bot commands: the game brings its API and rules file (found through the repository's
/// rcsc-games.json), so the README's commands need no <c>--reference</c> or <c>--rules</c>.
/// </summary>
public sealed class GameOptionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string FloodFill => Path.Combine(MatchSamples.Root, "samples", "LightCycles", "bots", "floodfill");

    [Fact]
    public async Task Check_with_the_game_accepts_the_sample_bot_that_fails_without_it()
    {
        var without = await Rcsc.RunAsync("check", FloodFill);
        var with = await Rcsc.RunAsync("check", "--game", "lightcycles", FloodFill);

        without.ExitCode.Should().Be(ExitCodes.Rejected, "without the game's API the bot does not compile");
        without.Stdout.Should().Contain("CS0246");
        with.ExitCode.Should().Be(ExitCodes.Success, with.ToString());
        with.Stdout.Should().Contain("Accepted");
    }

    [Fact]
    public async Task Build_and_show_rewrite_with_the_game_need_no_other_flag()
    {
        var output = _folder.Combine("out/floodfill.dll");
        var build = await Rcsc.RunAsync("build", "--game", "lightcycles", FloodFill, "-o", output);
        var rewrite = await Rcsc.RunAsync("show-rewrite", "--game", "lightcycles", FloodFill);

        build.ExitCode.Should().Be(ExitCodes.Success, build.ToString());
        File.Exists(output).Should().BeTrue();
        rewrite.ExitCode.Should().Be(ExitCodes.Success, rewrite.ToString());
        rewrite.Stdout.Should().Contain("FloodFillBot");
    }

    [Fact]
    public async Task Run_with_the_game_calls_the_bots_method_with_a_first_turns_view()
    {
        // The wall clock only widened: the rules' 1 s backstop can pass on a loaded machine before the bot gets CPU time.
        var run = await Rcsc.RunAsync("run", "--game", "lightcycles", FloodFill, "--format", "json", "--timeout-ms", "10000");

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        using var line = JsonDocument.Parse(run.Stdout.Trim());
        line.RootElement.GetProperty("outcome").GetString().Should().Be("ok");
        line.RootElement.GetProperty("value").GetProperty("direction").GetString().Should().BeOneOf("Up", "Right", "Down", "Left");
    }

    [Fact]
    public async Task A_registry_given_with_games_is_used_and_a_broken_one_is_one_line_of_usage_error()
    {
        var manifest = Path.Combine(MatchSamples.Root, "samples", "LightCycles", "game.json");
        var registry = _folder.Write("registry.json", JsonSerializer.Serialize(new { games = new[] { manifest } }));
        var broken = _folder.Write("broken.json", "{ not json");
        var noDefinition = _folder.Write("nodef/registry.json", """{"games": ["game.json"]}""");
        _folder.Write("nodef/game.json", $$"""
            {"name": "ghost", "definition": "missing.dll", "type": "Ghost.Definition", "api": {{JsonSerializer.Serialize(Path.Combine(MatchSamples.Root, "samples", "LightCycles", "game.json"))}}, "rules": {{JsonSerializer.Serialize(Path.Combine(MatchSamples.Root, "samples", "LightCycles", "lightcycles.rules"))}}}
            """);

        var ok = await Rcsc.RunAsync("check", "--games", registry, "--game", "lightcycles", FloodFill);
        var notThere = await Rcsc.RunAsync("check", "--games", registry, "--game", "connectfour", FloodFill);
        var unreadable = await Rcsc.RunAsync("check", "--games", broken, "--game", "lightcycles", FloodFill);
        var unbuilt = await Rcsc.RunAsync("match", "--games", noDefinition, "--game", "ghost", FloodFill, FloodFill);

        ok.ExitCode.Should().Be(ExitCodes.Success, ok.ToString());
        notThere.ExitCode.Should().Be(ExitCodes.UsageOrInput);
        notThere.Stderr.Should().Contain("no game 'connectfour' in").And.Contain("registered: lightcycles");
        unreadable.ExitCode.Should().Be(ExitCodes.UsageOrInput);
        unreadable.Stderr.Should().Contain("is not valid JSON");
        unbuilt.ExitCode.Should().Be(ExitCodes.UsageOrInput);
        unbuilt.Stderr.Trim().Should().Contain("game 'ghost': its definition").And.Contain("does not exist").And.NotContain("\n");
    }
}
