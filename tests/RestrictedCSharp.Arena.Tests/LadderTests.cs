using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Tests.Services;

namespace RestrictedCSharp.Arena.Tests;

/// <summary>The ladder: accepted bots play their placement matches and get a rating; a rejected version never replaces an accepted one.</summary>
public sealed class LadderTests : IDisposable
{
    private readonly TempFolder _data = new("arena-ladder-");

    public void Dispose() => _data.Dispose();

    [SkippableTheory]
    [MemberData(nameof(ArenaBackends.All), MemberType = typeof(ArenaBackends))]
    public async Task Accepted_bots_play_their_placement_matches_and_get_a_rating(string backend)
    {
        var store = await ArenaBackends.OpenAsync(backend, _data.Path);
        var alice = await Arena.AddAuthorAsync(store, "alice");
        var bob = await Arena.AddAuthorAsync(store, "bob");
        await using var arena = new ArenaFactory(store, configure: o => o with { MatchSlots = 2 });
        var first = await Arena.SubmitAsync(arena.ClientFor(alice), "walls", Arena.SampleBot("wallfollower"));
        await Arena.WaitForAsync(arena.ClientFor(alice), $"/api/submissions/{first}", s => s.GetProperty("status").GetString() == "accepted");
        await Arena.SubmitAsync(arena.ClientFor(bob), "dice", Arena.SampleBot("random"));

        // The second bot's placement (two matches against the only other bot) is all that plays: the ladder is off.
        var board = await Arena.WaitForAsync(arena.ClientFor(null), "/api/leaderboard?game=lightcycles",
            rows => rows.GetArrayLength() == 2 && rows.EnumerateArray().All(r => r.GetProperty("played").GetInt32() == arena.Options.PlacementMatches));
        foreach (var row in board.EnumerateArray())
        {
            row.GetProperty("deviation").GetDouble().Should().BeLessThan(350, "a rated bot is less uncertain than a new one");
            (row.GetProperty("wins").GetInt32() + row.GetProperty("losses").GetInt32() + row.GetProperty("draws").GetInt32()).Should().Be(arena.Options.PlacementMatches);
            row.GetProperty("version").GetInt32().Should().Be(1);
        }
        board.EnumerateArray().Select(r => r.GetProperty("author").GetString()).Should().BeEquivalentTo(["alice", "bob"]);
        var history = await (await arena.ClientFor(null).GetAsync("/api/matches?bot=dice")).JsonAsync();
        history.EnumerateArray().Should().HaveCount(arena.Options.PlacementMatches)
            .And.OnlyContain(m => m.GetProperty("kind").GetString() == "placement" && m.GetProperty("status").GetString() == "finished");
        // Seats alternate between the placement matches.
        history.EnumerateArray().Select(m => m.GetProperty("bots")[0].GetProperty("bot").GetString()).Should().Contain(["dice", "walls"]);
    }

    [SkippableTheory]
    [MemberData(nameof(ArenaBackends.All), MemberType = typeof(ArenaBackends))]
    public async Task A_rejected_version_does_not_replace_the_accepted_one(string backend)
    {
        var store = await ArenaBackends.OpenAsync(backend, _data.Path);
        var alice = await Arena.AddAuthorAsync(store, "alice");
        await using var arena = new ArenaFactory(store, configure: o => o with { MatchSlots = 0 });
        var client = arena.ClientFor(alice);
        var good = await Arena.SubmitAsync(client, "steady", Arena.SampleBot("random"));
        await Arena.WaitForAsync(client, $"/api/submissions/{good}", s => s.GetProperty("status").GetString() == "accepted");
        var bad = await Arena.SubmitAsync(client, "steady", "class Broken {} " + FakeJudge.RejectMarker);
        var rejected = await Arena.WaitForAsync(client, $"/api/submissions/{bad}", s => s.GetProperty("status").GetString() == "rejected");
        rejected.GetProperty("version").GetInt32().Should().Be(2);
        rejected.GetProperty("diagnostics")[0].GetProperty("id").GetString().Should().Be("RCX0001");

        var board = await (await arena.ClientFor(null).GetAsync("/api/leaderboard?game=lightcycles")).JsonAsync();
        board.GetArrayLength().Should().Be(1);
        board[0].GetProperty("version").GetInt32().Should().Be(1, "the accepted version still plays");
        // The newest submission is the rejected one; its source is still the owner's to read.
        var source = await (await client.GetAsync("/api/bots/steady/source")).JsonAsync();
        source.GetProperty("version").GetInt32().Should().Be(2);
        source.GetProperty("status").GetString().Should().Be("rejected");
        (await client.GetAsync("/api/bots/steady/source?version=1")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [SkippableTheory]
    [MemberData(nameof(ArenaBackends.All), MemberType = typeof(ArenaBackends))]
    public async Task A_bot_with_only_a_rejected_version_is_not_on_the_ladder_and_cannot_be_challenged(string backend)
    {
        var store = await ArenaBackends.OpenAsync(backend, _data.Path);
        var alice = await Arena.AddAuthorAsync(store, "alice");
        await using var arena = new ArenaFactory(store, configure: o => o with { MatchSlots = 0 });
        var client = arena.ClientFor(alice);
        var ok = await Arena.SubmitAsync(client, "fine", Arena.SampleBot("random"));
        var bad = await Arena.SubmitAsync(client, "never", "class Broken {} " + FakeJudge.RejectMarker);
        await Arena.WaitForAsync(client, $"/api/submissions/{bad}", s => s.GetProperty("status").GetString() == "rejected");
        await Arena.WaitForAsync(client, $"/api/submissions/{ok}", s => s.GetProperty("status").GetString() == "accepted");
        var board = await (await arena.ClientFor(null).GetAsync("/api/leaderboard?game=lightcycles")).JsonAsync();
        board.EnumerateArray().Select(r => r.GetProperty("bot").GetString()).Should().Equal("fine");
        var challenge = await client.PostAsJsonAsync("/api/matches", new { game = "lightcycles", bots = new[] { "fine", "never" } });
        challenge.StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [SkippableTheory]
    [MemberData(nameof(ArenaBackends.All), MemberType = typeof(ArenaBackends))]
    public async Task After_placement_the_matchmaker_keeps_the_ladder_playing_within_its_queue_depth(string backend)
    {
        var store = await ArenaBackends.OpenAsync(backend, _data.Path);
        var alice = await Arena.AddAuthorAsync(store, "alice");
        var bob = await Arena.AddAuthorAsync(store, "bob");
        await using var arena = new ArenaFactory(store, configure: o => o with
        {
            PlacementMatches = 1, ContinuousLadder = true, LadderInterval = TimeSpan.FromMilliseconds(200), LadderQueueDepth = 1,
        });
        await Arena.SubmitAsync(arena.ClientFor(alice), "walls", Arena.SampleBot("wallfollower"));
        await Arena.SubmitAsync(arena.ClientFor(bob), "dice", Arena.SampleBot("random"));

        var history = await Arena.WaitForAsync(arena.ClientFor(null), "/api/matches?bot=dice",
            matches => matches.EnumerateArray().Any(m => m.GetProperty("kind").GetString() == "ladder" && m.GetProperty("status").GetString() == "finished"));
        history.EnumerateArray().Count(m => m.GetProperty("status").GetString() is "queued" or "running").Should().BeLessThanOrEqualTo(1, "the queue depth bounds what waits");
        var board = await (await arena.ClientFor(null).GetAsync("/api/leaderboard?game=lightcycles")).JsonAsync();
        board.EnumerateArray().Should().OnlyContain(r => r.GetProperty("played").GetInt32() >= 1);
    }
}
