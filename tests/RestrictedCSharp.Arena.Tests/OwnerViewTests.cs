using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using RestrictedCSharp.Arena.Web;

namespace RestrictedCSharp.Arena.Tests;

/// <summary>
/// A match's log lines are its bots' owners' (and the operator's): the per-turn view with them
/// (<c>/api/matches/{id}/view</c>) and a bot's turns as JSON (<c>/api/matches/{id}/logs?bot=NAME</c>), each tried with
/// the owner's token, another author's, the operator's and none.
/// </summary>
[Collection(PlayedArenaCollection.Name)]
public sealed class OwnerViewTests(PlayedArena played)
{
    private ArenaFactory Arena => played.Arena;

    private long Match => played.Matches[0];

    /// <summary>The log lines of each seat in the view's embedded record.</summary>
    private static List<List<string>> LogsIn(string view)
    {
        var data = Regex.Match(view, "<script type=\"application/json\" id=\"match-data\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        using var record = JsonDocument.Parse(data);
        return [.. record.RootElement.GetProperty("replay").GetProperty("logs").EnumerateArray()
            .Select(seat => seat.EnumerateArray().Select(line => line[1].GetString()!).ToList())];
    }

    private async Task<(HttpResponseMessage Response, string Html)> ViewAsync(string? token, long? match = null)
    {
        var response = await Arena.ClientFor(token).GetAsync($"/api/matches/{match ?? Match}/view");
        return (response, await response.Content.ReadAsStringAsync());
    }

    private async Task<int> SeatOfAsync(string bot)
    {
        var record = await (await Arena.ClientFor(null).GetAsync($"/api/matches/{Match}")).JsonAsync();
        return record.GetProperty("bots").EnumerateArray().Select(b => b.GetProperty("bot").GetString()).ToList().IndexOf(bot);
    }

    [Fact]
    public async Task The_owner_sees_their_bots_log_lines_in_the_view_and_no_one_elses()
    {
        var bobSeat = await SeatOfAsync("bobs-bot");
        var (response, bob) = await ViewAsync(played.Bob);
        response.StatusCode.Should().Be(HttpStatusCode.OK, bob);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Be(ReplayDocument.ContentSecurityPolicy);
        var logs = LogsIn(bob);
        // bob's bot logs the hostile line every turn (and, being the random bot, "boxed in" when it is).
        logs[bobSeat].Should().Contain(PlayedArena.HostileLog).And.OnlyContain(line => line == PlayedArena.HostileLog || line == "boxed in");
        // The line is in the record as JSON text, its markup escaped: nothing of it is markup in the page.
        bob.Should().NotContain("<script>window.pwned").And.NotContain("<img src=x").And.Contain("\\u003Cscript\\u003Ewindow.pwned");

        // alice plays in the match too: she sees her bot's lines (the random bot logs rarely), never bob's.
        var (aliceResponse, alice) = await ViewAsync(played.Alice);
        aliceResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        LogsIn(alice)[bobSeat].Should().BeEmpty();
        alice.Should().NotContain("pwned");
    }

    [Fact]
    public async Task The_operator_sees_every_bots_log_lines_in_the_view()
    {
        var (response, html) = await ViewAsync(played.Operator);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        LogsIn(html)[await SeatOfAsync("bobs-bot")].Should().Contain(PlayedArena.HostileLog);
    }

    [Fact]
    public async Task The_view_is_refused_without_a_token_and_to_an_author_with_no_bot_in_the_match()
    {
        var (none, _) = await ViewAsync(null);
        none.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        none.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await ViewAsync("not-a-token")).Response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var (carol, body) = await ViewAsync(played.Carol);
        carol.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        carol.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        body.Should().NotContain("pwned");
        (await ViewAsync(played.Bob, match: 999999)).Response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var (unplayed, detail) = await ViewAsync(played.Alice, match: played.HostileMatch);
        unplayed.StatusCode.Should().Be(HttpStatusCode.NotFound, "that match has no replay");
        detail.Should().Contain("no replay");
    }

    [Fact]
    public async Task A_bots_turns_as_json_are_its_owners_and_the_operators()
    {
        var url = $"/api/matches/{Match}/logs?bot=bobs-bot";
        foreach (var token in new[] { played.Bob, played.Operator })
        {
            var response = await Arena.ClientFor(token).GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            var logs = await response.JsonAsync();
            logs.GetProperty("match").GetInt64().Should().Be(Match);
            logs.GetProperty("bot").GetString().Should().Be("bobs-bot");
            logs.GetProperty("seat").GetInt32().Should().Be(await SeatOfAsync("bobs-bot"));
            var turns = logs.GetProperty("turns").EnumerateArray().ToList();
            turns.Should().NotBeEmpty();
            turns.Select(t => t.GetProperty("turn").GetInt32()).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
            turns[0].GetProperty("turn").GetInt32().Should().Be(1);
            turns[0].GetProperty("logs").EnumerateArray().Select(l => l.GetString()).First().Should().Be(PlayedArena.HostileLog);
            turns[0].GetProperty("ticks").GetInt64().Should().BePositive();
            turns[0].GetProperty("saw").GetString().Should().NotBeNullOrEmpty();
            turns[0].GetProperty("answered").GetString().Should().NotBeNullOrEmpty();
        }
        var other = await Arena.ClientFor(played.Alice).GetAsync(url);
        other.StatusCode.Should().Be(HttpStatusCode.Forbidden, "alice played the match, but bobs-bot is bob's");
        other.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await other.Content.ReadAsStringAsync()).Should().NotContain("pwned");
        (await Arena.ClientFor(played.Carol).GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Arena.ClientFor(null).GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Arena.ClientFor(played.Alice).GetAsync($"/api/matches/{Match}/logs?bot=alices-bot")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_logs_endpoint_refuses_bad_requests_with_problem_details()
    {
        var client = Arena.ClientFor(played.Bob);
        foreach (var (url, status) in new[]
        {
            ($"/api/matches/{Match}/logs", HttpStatusCode.BadRequest),
            ($"/api/matches/{Match}/logs?bot=%3Cscript%3E", HttpStatusCode.BadRequest),
            ($"/api/matches/{Match}/logs?bot=carols-bot", HttpStatusCode.NotFound),
            ("/api/matches/999999/logs?bot=bobs-bot", HttpStatusCode.NotFound),
            ($"/api/matches/{played.HostileMatch}/logs?bot=alices-bot", HttpStatusCode.NotFound),
        })
        {
            var response = await client.GetAsync(url);
            response.StatusCode.Should().Be(status, url);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json", url);
        }
    }
}
