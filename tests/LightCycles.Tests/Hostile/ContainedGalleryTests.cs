using LightCycles.Engine;
using LightCycles.Tests.Infrastructure;
using RestrictedCSharp.Protocol;

namespace LightCycles.Tests.Hostile;

/// <summary>
/// Each bot under <c>hostile/contained</c> passes validation and builds, then ends its turns the way its
/// header says when the host runs it; the host stays healthy and serves a sound bot afterwards.
/// </summary>
[Collection(GameHostCollection.Name)]
public sealed class ContainedGalleryTests(GameHost host)
{
    /// <summary>Turns played at most, waiting for the outcome (the creeper needs several).</summary>
    private const int MaxTurns = 12;

    public static TheoryData<string> Bots => [.. SampleFiles.Folders("hostile/contained")];

    [Fact]
    public void The_gallery_has_the_attacks_the_issue_names()
    {
        SampleFiles.Folders("hostile/contained").Should().Contain(["looper", "recurser", "hoarder", "thrower"]);
    }

    [Theory]
    [MemberData(nameof(Bots))]
    public async Task Passes_validation_then_ends_its_turn_as_its_header_says(string bot)
    {
        var folder = $"hostile/contained/{bot}";
        var expected = GalleryHeader.Read(Path.Combine(SampleFiles.Directory, folder)).Outcome;
        expected.Should().NotBeNull("the header names the outcome");
        var dll = await ToolchainBuilds.DllAsync(folder);

        await using var hosted = await host.StartAsync(dll);
        hosted.Load.Outcome.Should().Be(CallOutcome.Ok, hosted.Load.Message);
        var game = new Game(new GameSettings(Seed: 2));
        var outcomes = new List<CallResult>();
        for (var turn = 0; turn < MaxTurns; turn++)
        {
            var (call, reply) = await hosted.PlayAsync(game.ViewFor(0));
            outcomes.Add(call);
            if (!call.IsOk) break;
            reply!.Log.Count.Should().BeLessThanOrEqualTo(17, "a turn's log is bounded");
        }

        var ended = outcomes.FirstOrDefault(c => !c.IsOk) ?? outcomes[^1];
        ended.Outcome.ToWireName().Should().Be(expected, ended.Message);
        if (expected == "exception")
        {
            ended.Message.Should().Contain("no move on turn 0");
            ended.StackFrames.Should().Contain(f => f.File != null && f.File.EndsWith("ThrowerBot.cs"));
        }

        // The bot is still served after its failure (a killed runner is replaced), and so is a sound bot.
        var (again, _) = await hosted.PlayAsync(game.ViewFor(0));
        again.Outcome.Should().NotBe(CallOutcome.Crashed).And.NotBe(CallOutcome.ProtocolError);
        await using var sound = await host.StartAsync(await ToolchainBuilds.DllAsync("bots/floodfill"));
        (await sound.PlayAsync(game.ViewFor(1))).Call.Outcome.Should().Be(CallOutcome.Ok);
    }

    [Fact]
    public async Task The_log_flood_keeps_sixteen_lines_and_says_how_many_it_dropped()
    {
        await using var hosted = await host.StartAsync(await ToolchainBuilds.DllAsync("hostile/contained/logflood"));

        var (call, reply) = await hosted.PlayAsync(new Game(new GameSettings()).ViewFor(0));

        call.Outcome.Should().Be(CallOutcome.Ok, call.Message);
        reply!.Log.Should().HaveCount(17);
        reply.Log.Take(16).Should().OnlyContain(l => l.Length == 200);
        reply.Log[^1].Should().Be("(9984 more lines dropped)");
    }
}
