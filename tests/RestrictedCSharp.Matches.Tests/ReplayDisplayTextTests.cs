using System.Text.Json;
using RestrictedCSharp.Matches.Replay;
using RestrictedCSharp.Matches.Tests.Infrastructure;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Matches.Tests;

/// <summary>Bot text with terminal escapes and bidi overrides reaches the replay page only as visible escapes.</summary>
[Collection(MatchCollection.Name)]
public sealed class ReplayDisplayTextTests(MatchFixture fixture)
{
    private const string Spoofer = """
        using System;
        using LightCycles.Api;

        public sealed class SpoofBot : LightCyclesBot
        {
            public override Direction Move(GameView view)
            {
                Log.Write("\u001b]0;owned\u0007\u202Egnp.exe");
                if (view.Turn % 2 == 0) throw new InvalidOperationException("\u001b[2J\rfloodfill wins\u2066");
                var head = view.Me.Head;
                foreach (var direction in Directions.All)
                {
                    var next = head.Step(direction);
                    if (view.IsFree(next) && view.IsFree(next.Step(direction))) return direction;
                }
                return view.Me.Heading;
            }
        }
        """;

    [Fact]
    public async Task Control_characters_in_messages_and_logs_are_shown_as_escapes_in_the_replay_page()
    {
        var spoofer = await fixture.BotFromSourceAsync("spoofer", Spoofer);
        var sound = await fixture.BotAsync(Repository.SampleBot("floodfill"));
        var result = await fixture.PlayAsync([spoofer, sound], fixture.Options(seed: 3, size: 16));
        result.Events.Should().Contain(e => e.Message.Contains('\u001b'), "the record keeps the bot's text as it was");

        var html = LightCyclesMatch.Replay(result);

        const string open = "id=\"match-data\">";
        var start = html.IndexOf(open, StringComparison.Ordinal) + open.Length;
        var data = html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)];
        var strings = Strings(JsonDocument.Parse(data).RootElement).ToList();
        strings.Should().Contain(s => s.Contains("\\u001B[2J\\u000Dfloodfill wins\\u2066"));
        strings.Should().Contain(s => s.Contains("\\u001B]0;owned\\u0007\\u202Egnp.exe"));
        strings.Should().AllSatisfy(s => s.Any(DisplayText.IsUnsafe).Should().BeFalse(s));
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value).Prepend(p.Name)),
        _ => [],
    };
}
