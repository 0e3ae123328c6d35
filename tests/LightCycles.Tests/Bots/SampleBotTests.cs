using LightCycles.Api;
using LightCycles.Engine;
using LightCycles.Tests.Infrastructure;
using RestrictedCSharp.Protocol;
using Xunit.Abstractions;

namespace LightCycles.Tests.Bots;

[Collection(GameHostCollection.Name)]
public sealed class SampleBotTests(GameHost host, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(SampleBots.Folders), MemberType = typeof(SampleBots))]
    public async Task Every_sample_bot_is_accepted_and_builds(string folder)
    {
        var sources = SampleFiles.Sources(Path.Combine(SampleFiles.Directory, "bots", folder));
        var validation = await ToolchainBuilds.Validator.ValidateAsync(sources);
        var (build, dll) = await ToolchainBuilds.BuildAsync($"bots/{folder}");

        validation.Accepted.Should().BeTrue(string.Join("; ", validation.Diagnostics.Select(d => $"{d.Id} {d.Message}")));
        validation.Diagnostics.Should().BeEmpty("a sample should compile without even a warning");
        build.Succeeded.Should().BeTrue();
        File.Exists(dll).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(SampleBots.Folders), MemberType = typeof(SampleBots))]
    public async Task Every_sample_bot_answers_Play_with_a_legal_move_through_the_host(string folder)
    {
        await using var bot = await host.StartAsync(await ToolchainBuilds.DllAsync($"bots/{folder}"));
        bot.Load.Outcome.Should().Be(CallOutcome.Ok, bot.Load.Message);
        bot.Methods.Should().Contain("Play");
        var view = new Game(new GameSettings(Seed: 3)).ViewFor(0);

        var (call, reply) = await bot.PlayAsync(view);

        call.Outcome.Should().Be(CallOutcome.Ok, call.Message);
        reply.Should().NotBeNull();
        view.IsFree(view.Me.Head.Step(reply!.Direction)).Should().BeTrue("the opening move of every sample is safe");
        reply.Log.Should().NotBeNull();
    }

    /// <summary>
    /// A whole 32x32 game: the toolchain-built bot, through the host, against the same bot in-process. Each
    /// turn the hosted bot must answer what an in-process twin in its seat answers (the guards change no
    /// behaviour, JSON loses nothing) and stay inside the turn budget. Prints the ticks for the README.
    /// </summary>
    [Theory]
    [MemberData(nameof(SampleBots.Folders), MemberType = typeof(SampleBots))]
    public async Task A_hosted_sample_plays_a_whole_game_like_its_in_process_twin_within_the_budget(string folder)
    {
        var create = SampleBots.ByStrength.Single(b => b.Folder == folder).Create;
        await using var hosted = await host.StartAsync(await ToolchainBuilds.DllAsync($"bots/{folder}"));
        var twin = create();
        var opponent = create();
        var game = new Game(new GameSettings(Seed: 5));
        var ticks = new List<long>();

        while (!game.IsOver)
        {
            var moves = new Direction?[2];
            if (game.Cycles[0].Alive)
            {
                var view = game.ViewFor(0);
                var (call, reply) = await hosted.PlayAsync(view);
                call.Outcome.Should().Be(CallOutcome.Ok, $"turn {game.Turn}: {call.Message}");
                reply!.Direction.Should().Be(twin.Play(view).Direction, $"turn {game.Turn}");
                ticks.Add(call.Ticks);
                moves[0] = reply.Direction;
            }
            if (game.Cycles[1].Alive) moves[1] = opponent.Play(game.ViewFor(1)).Direction;
            game.Step(moves);
        }

        ticks.Max().Should().BeLessThan(GameHost.TicksPerTurn);
        ticks.Order().ToList()[ticks.Count / 2].Should().BePositive();
        output.WriteLine($"{folder}: {ticks.Count} turns, ticks per turn: max {ticks.Max():N0}, median {ticks.Order().ToList()[ticks.Count / 2]:N0}, mean {ticks.Average():N0}");
    }
}
