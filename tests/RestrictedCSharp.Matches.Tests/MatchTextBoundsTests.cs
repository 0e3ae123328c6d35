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
                if (view.Turn % 2 == 1) N1<int>(); // a type name of about 1.6 M characters
                var head = view.Me.Head;
                // Two free cells ahead: the failed turn after this one keeps the course.
                foreach (var direction in Directions.All)
                {
                    var next = head.Step(direction);
                    if (view.IsFree(next) && view.IsFree(next.Step(direction))) return direction;
                }
                return view.Me.Heading;
            }

            // A chain, not a recursion: expanding generic recursion is refused (RCX0512), a written-out chain doubles all the same.
            private static int N1<T>() => N2<P<T, T>>();
            private static int N2<T>() => N3<P<T, T>>();
            private static int N3<T>() => N4<P<T, T>>();
            private static int N4<T>() => N5<P<T, T>>();
            private static int N5<T>() => N6<P<T, T>>();
            private static int N6<T>() => N7<P<T, T>>();
            private static int N7<T>() => N8<P<T, T>>();
            private static int N8<T>() => N9<P<T, T>>();
            private static int N9<T>() => N10<P<T, T>>();
            private static int N10<T>() => N11<P<T, T>>();
            private static int N11<T>() => N12<P<T, T>>();
            private static int N12<T>() => N13<P<T, T>>();
            private static int N13<T>() => N14<P<T, T>>();
            private static int N14<T>() => throw new Boom<P<T, T>>();
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
        LightCyclesMatch.Replay(result).Length.Should().BeLessThan(1024 * 1024);
    }
}
