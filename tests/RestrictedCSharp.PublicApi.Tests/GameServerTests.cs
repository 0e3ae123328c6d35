using System.Text.Json;
using RestrictedCSharp.Compiler;
using RestrictedCSharp.Hosting;
using RestrictedCSharp.Matches;
using RestrictedCSharp.Matches.Bots;
using RestrictedCSharp.Matches.Registry;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.PublicApi.Tests;

/// <summary>
/// A game server's day, written only against the public API: find a registered game, judge and build
/// submissions, start bots from their artifacts, call them under budgets, play a match.
/// </summary>
public sealed class GameServerTests : IAsyncLifetime
{
    private const string Looper = """
        using LightCycles.Api;

        public sealed class Bot : LightCyclesBot
        {
            public override Direction Move(GameView view)
            {
                long n = 0;
                while (true) n++;
            }
        }
        """;

    private const string FileReader = """
        using LightCycles.Api;

        public sealed class Bot : LightCyclesBot
        {
            public override Direction Move(GameView view) =>
                System.IO.File.ReadAllText("/etc/passwd").Length > 0 ? Direction.Up : Direction.Down;
        }
        """;

    private readonly BotHost _host = new(warmRunners: 0);
    private readonly RegisteredGame _game = GameRegistry.Find().Get("lightcycles");

    private RulesFileResult Rules => RulesFiles.Load(_game.RulesPath);

    [Fact]
    public async Task A_refused_submission_is_told_why_with_a_stable_id_and_its_line()
    {
        var build = await Builder().BuildAsync([new SourceFile("Bot.cs", FileReader)]);

        build.Succeeded.Should().BeFalse();
        build.Diagnostics.Should().Contain(d => d.Id == "RCX0001" && d.File == "Bot.cs" && d.Line == 6 && d.Message.Contains("System.IO.File"));
    }

    [Fact]
    public async Task A_bot_that_never_returns_ends_its_call_at_the_tick_limit_and_its_next_call_is_served()
    {
        var build = await Builder().BuildAsync([new SourceFile("Bot.cs", Looper)]);
        build.Succeeded.Should().BeTrue(string.Join("; ", build.Diagnostics.Select(d => d.Message)));

        await using var bot = await _host.StartBotAsync(
            build.Bot!.Artifact,
            new BotHostOptions { Ticks = 100_000, TimeoutMs = 30_000, AuditRules = Rules.Rules, References = [_game.ApiAssemblyPath], BotInterfaceName = _game.Definition.BotInterfaceName });
        var view = _game.Definition.Create(new Games.GameSetup(2, seed: 1)).ViewFor(0);
        var first = await bot.CallAsync(_game.Definition.BotMethod, [view]);
        var second = await bot.CallAsync(_game.Definition.BotMethod, [view]);

        bot.Load.Outcome.Should().Be(CallOutcome.Ok, bot.Load.Message);
        first.Outcome.Should().Be(CallOutcome.TickLimit);
        second.Outcome.Should().Be(CallOutcome.TickLimit, "a call that spent its budget leaves the bot able to take the next one");
    }

    [Fact]
    public async Task A_match_of_a_registered_game_between_two_sample_bots_is_the_same_every_time_it_is_played()
    {
        var builds = await MatchBotBuilder.BuildAllAsync(Builder(), [Sample("floodfill"), Sample("wallfollower")]);
        builds.AllAccepted.Should().BeTrue();
        var options = new GameMatchOptions(7, new Dictionary<string, string> { ["width"] = "12", ["height"] = "12" }, MatchBudgets.FromRules(Rules.Rules!), Rules.Rules!);

        var first = await GameMatch.PlayAsync(_host, _game, builds.Entrants, options);
        var second = await GameMatch.PlayAsync(_host, _game, builds.Entrants, options);

        first.Game.Should().Be("lightcycles");
        first.Turns.Should().BeGreaterThan(0);
        first.Bots.Select(b => b.Name).Should().Equal("floodfill", "wallfollower");
        JsonSerializer.Serialize(second.Replay).Should().Be(JsonSerializer.Serialize(first.Replay), "the same bots, seed and budgets replay exactly");
        second.Bots.Select(b => b.TicksTotal).Should().Equal(first.Bots.Select(b => b.TicksTotal));
    }

    private BotBuilder Builder() => new(Rules.Rules!, [_game.ApiAssemblyPath]);

    private static BotSubmission Sample(string name)
    {
        var folder = Path.Combine(Path.GetDirectoryName(GameRegistry.Find().Source)!, "samples", "LightCycles", "bots", name);
        return new BotSubmission(name, SourceFileReader.ReadAll(Directory.EnumerateFiles(folder, "*.cs").Order(StringComparer.Ordinal)));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
