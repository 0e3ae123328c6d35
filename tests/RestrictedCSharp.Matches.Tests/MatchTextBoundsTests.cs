using RestrictedCSharp.Matches.Play;
using RestrictedCSharp.Matches.Replay;
using RestrictedCSharp.Matches.Results;
using RestrictedCSharp.Matches.Tests.Infrastructure;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Matches.Tests;

/// <summary>
/// What a bot throws is bounded per call and per match: an exception whose type name doubles per generic level,
/// thrown every other turn (so that no streak eliminates the bot), leaves a record and a replay of bounded size.
/// </summary>
[Collection(MatchCollection.Name)]
public sealed class MatchTextBoundsTests(MatchFixture fixture)
{
    private const string NameFlood = """
        using System;
        using LightCycles.Api;

        namespace Flood.Names;

        public sealed class P<A, B> { }
        public sealed class Boom<T> : Exception { }

        public sealed class NameFloodBot : LightCyclesBot
        {
            public override Direction Move(GameView view)
            {
                if (view.Turn % 2 == 1) Nest<int>(14); // a type name of about 1.6 M characters
                var head = view.Me.Head;
                // Two free cells ahead: the failed turn after this one keeps the course.
                foreach (var direction in Directions.All)
                {
                    var next = head.Step(direction);
                    if (view.IsFree(next) && view.IsFree(next.Step(direction))) return direction;
                }
                return view.Me.Heading;
            }

            private static int Nest<T>(int levels) => levels == 0 ? throw new Boom<T>() : Nest<P<T, T>>(levels - 1);
        }
        """;

    [Fact]
    public async Task A_bot_that_throws_huge_type_names_every_other_turn_leaves_a_record_and_replay_of_bounded_size()
    {
        var flood = await fixture.BotFromSourceAsync("nameflood", NameFlood);
        var sound = await fixture.BotAsync(Repository.SampleBot("floodfill"));

        var result = await fixture.PlayAsync([flood, sound], fixture.Options(seed: 5, size: 32, maxTurns: 80));

        var thrown = result.Events.Where(e => e.Bot == "nameflood" && e.Kind == "exception").ToList();
        thrown.Count.Should().BeGreaterThan(2 * BotSeat.MaxEventChars / BotText.MaxMessageChars,
            "enough throws that the per-call bound alone would not bound the match");
        thrown.Should().AllSatisfy(e => e.Message.Length.Should().BeLessThanOrEqualTo(
            BotText.MaxMessageChars + BotText.MaxFrameMethodChars + BotText.MaxFramePathChars));
        result.Events.Where(e => e.Bot == "nameflood").Sum(e => e.Message.Length)
            .Should().BeLessThanOrEqualTo(BotSeat.MaxEventChars + thrown.Count * 100, "past its share only a short note per event is kept");
        thrown[0].Message.Should().StartWith("Flood.Names.Boom`1[Flood.Names.P`2[");

        MatchJson.Replay(result).Length.Should().BeLessThan(512 * 1024);
        ReplayHtml.Render(result).Length.Should().BeLessThan(1024 * 1024);
    }
}
