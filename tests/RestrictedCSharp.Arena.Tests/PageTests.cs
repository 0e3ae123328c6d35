using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using RestrictedCSharp.Arena.Web;

namespace RestrictedCSharp.Arena.Tests;

/// <summary>
/// The arena's pages, server-rendered: what each shows, its security headers, and that names, failures and log lines
/// that carry markup come back encoded (the browser tests show the same in a browser).
/// </summary>
[Collection(PlayedArenaCollection.Name)]
public sealed class PageTests(PlayedArena played)
{
    private ArenaFactory Arena => played.Arena;

    private async Task<string> PageAsync(string url, HttpStatusCode status = HttpStatusCode.OK, string? token = null)
    {
        var response = await Arena.ClientFor(token).GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, html);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.Should().Contain("default-src 'self'").And.Contain("object-src 'none'").And.Contain("frame-ancestors 'self'");
        Regex.Match(policy, "script-src [^;]*").Value.Should().NotContain("unsafe", "no page runs inline script");
        html.Should().Contain("<div id=\"signin\"></div>").And.Contain("<script src=\"/assets/arena.js\"></script>");
        return html;
    }

    /// <summary>No markup sent by an author or a bot comes back as markup.</summary>
    private static void ShouldBeEncoded(string html)
    {
        // The text may read "onerror=alert(...)", as text: no tag of it is left (quotes and brackets are encoded).
        html.Should().NotContain("<script>alert").And.NotContain("<script>window").And.NotContain("<img");
    }

    [Fact]
    public async Task The_leaderboard_page_has_a_table_per_game_with_rows_linking_to_bot_pages()
    {
        var html = await PageAsync("/");
        html.Should().Contain("<h2>lightcycles</h2>").And.Contain("<h2>connectfour</h2>");
        html.Should().Contain("<a href=\"/bots/alices-bot\">alices-bot</a>").And.Contain("<a href=\"/bots/bobs-bot\">bobs-bot</a>");
        html.Should().Contain("<td>alice</td>").And.Contain("<td>bob</td>");
        Regex.IsMatch(html, @"<td class=""number"">\d+(\.\d)? ± \d+(\.\d)?</td><td class=""number"">2</td>").Should().BeTrue("rating ± deviation, then the matches played");
        html.Should().Contain("No bot has an accepted version yet.", "connectfour has no bot");

        html.Should().Contain(HtmlPage.Encode(PlayedArena.HostileName)).And.Contain(HtmlPage.Encode(PlayedArena.HostileAuthor));
        html.Should().Contain("href=\"/bots/%3Cscript%3Ealert%28%27name%27%29%3C%2Fscript%3E\"", "a name in a link is escaped for the URL");
        ShouldBeEncoded(html);

        var one = await PageAsync("/?game=connectfour");
        one.Should().Contain("<h2>connectfour</h2>").And.NotContain("<h2>lightcycles</h2>");
        ShouldBeEncoded(await PageAsync("/?game=%3Cscript%3Ealert(1)%3C/script%3E", HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task A_bots_page_shows_its_game_author_rating_versions_and_recent_matches()
    {
        var html = await PageAsync("/bots/alices-bot");
        html.Should().Contain("<h1>alices-bot</h1>").And.Contain("<dd>alice</dd>").And.Contain("<a href=\"/?game=lightcycles\">lightcycles</a>");
        html.Should().Contain($"data-submission=\"{played.AliceSubmission}\"").And.Contain("accepted").And.Contain("version 1");
        foreach (var id in played.Matches) html.Should().Contain($"<a href=\"/matches/{id}\">#{id}</a>");
        html.Should().Contain($"<a href=\"/matches/{played.HostileMatch}\">");
        html.Should().Contain("<script src=\"/assets/bot.js\"></script>");
        html.Should().Contain(HtmlPage.Encode(PlayedArena.HostileName), "the hostile bot sat in one of its matches");
        ShouldBeEncoded(html);
        html.Should().NotContain("RandomBot", "a version's source and diagnostics are the owner's: the script fetches them with the token");

        ShouldBeEncoded(await PageAsync("/bots/nobody", HttpStatusCode.NotFound));
        ShouldBeEncoded(await PageAsync("/bots/" + Uri.EscapeDataString(PlayedArena.HostileName), HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task A_match_page_shows_seats_result_and_the_replay_in_a_sandboxed_frame()
    {
        var id = played.Matches[0];
        var response = await Arena.ClientFor(null).GetAsync($"/matches/{id}");
        var html = await PageAsync($"/matches/{id}");
        html.Should().Contain($"<h1>Match #{id}</h1>").And.Contain("placement (rated)").And.Contain("finished");
        html.Should().Contain("<a href=\"/bots/alices-bot\">alices-bot</a>").And.Contain("<a href=\"/bots/bobs-bot\">bobs-bot</a>");
        html.Should().Contain($"<iframe id=\"replay\" sandbox=\"allow-scripts\" src=\"/matches/{id}/replay\"");
        html.Should().Contain("<script src=\"/assets/match.js\"></script>");
        ShouldBeEncoded(html);

        // The public replay: sandboxed, no network, and no log line (not even encoded).
        var replay = await Arena.ClientFor(null).GetAsync($"/matches/{id}/replay");
        replay.StatusCode.Should().Be(HttpStatusCode.OK);
        replay.Headers.GetValues("Content-Security-Policy").Single().Should().Be(ReplayDocument.ContentSecurityPolicy)
            .And.StartWith("sandbox allow-scripts; default-src 'none';");
        replay.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        var replayHtml = await replay.Content.ReadAsStringAsync();
        replayHtml.Should().Contain("id=\"match-data\"").And.NotContain("pwned").And.NotContain("onerror");

        // The owner's view goes into that frame as srcdoc, which runs under the page's policy: it lets exactly the
        // view's inline scripts and styles run, by hash.
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var view = await (await Arena.ClientFor(played.Bob).GetAsync($"/api/matches/{id}/view")).Content.ReadAsStringAsync();
        var scripts = Regex.Matches(view, "<script>(.*?)</script>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        scripts.Should().NotBeEmpty();
        foreach (var script in scripts) policy.Should().Contain($"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'");
        Regex.Match(policy, "script-src [^;]*").Value.Should().NotContain("unsafe-inline");

        (await Arena.ClientFor(null).GetAsync("/matches/999999/replay")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        ShouldBeEncoded(await PageAsync("/matches/999999", HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task A_match_page_encodes_names_results_and_failures()
    {
        var html = await PageAsync($"/matches/{played.HostileMatch}");
        html.Should().Contain(HtmlPage.Encode(PlayedArena.HostileName)).And.Contain(HtmlPage.Encode(PlayedArena.HostileAuthor))
            .And.Contain(HtmlPage.Encode(PlayedArena.HostileFailure));
        html.Should().Contain("The replay is shown here once the match is played.").And.NotContain("<iframe");
        ShouldBeEncoded(html);
    }

    [Fact]
    public async Task The_operator_page_is_a_frame_its_script_fills_from_the_status()
    {
        var html = await PageAsync("/operator");
        html.Should().Contain("<script src=\"/assets/operator.js\"></script>").And.Contain("id=\"operator-message\"").And.Contain("id=\"queue\"");
        foreach (var table in new[] { "workers", "rates", "broker-queues", "dead-letters" }) html.Should().Contain($"<table id=\"{table}\">");
        html.Should().NotContain("alices-bot", "the status is fetched with the operator's token, never put in the page");
        foreach (var script in new[] { "arena.js", "operator.js", "bot.js", "match.js" })
        {
            var asset = await Arena.ClientFor(null).GetAsync($"/assets/{script}");
            asset.StatusCode.Should().Be(HttpStatusCode.OK);
            var text = await asset.Content.ReadAsStringAsync();
            text.Should().NotContain("innerHTML").And.NotContain("insertAdjacentHTML").And.NotContain("document.write");
        }
    }

    [Fact]
    public async Task Me_names_the_author_of_the_token()
    {
        (await Arena.ClientFor(null).GetAsync("/api/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var bad = await Arena.ClientFor("not-a-token").GetAsync("/api/me");
        bad.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        bad.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var alice = await (await Arena.ClientFor(played.Alice).GetAsync("/api/me")).JsonAsync();
        alice.GetProperty("author").GetString().Should().Be("alice");
        alice.GetProperty("operator").GetBoolean().Should().BeFalse();
        var op = await (await Arena.ClientFor(played.Operator).GetAsync("/api/me")).JsonAsync();
        op.GetProperty("author").GetString().Should().Be("op");
        op.GetProperty("operator").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task A_bots_profile_is_public()
    {
        foreach (var token in new[] { null, played.Carol })
        {
            var bot = await (await Arena.ClientFor(token).GetAsync("/api/bots/alices-bot")).JsonAsync();
            bot.GetProperty("bot").GetString().Should().Be("alices-bot");
            bot.GetProperty("author").GetString().Should().Be("alice");
            bot.GetProperty("game").GetString().Should().Be("lightcycles");
            bot.GetProperty("currentVersion").GetInt32().Should().Be(1);
            bot.GetProperty("played").GetInt32().Should().Be(Arena.Options.PlacementMatches);
            var version = bot.GetProperty("versions").EnumerateArray().Single();
            version.GetProperty("version").GetInt32().Should().Be(1);
            version.GetProperty("status").GetString().Should().Be("accepted");
            version.GetProperty("submission").GetInt64().Should().Be(played.AliceSubmission);
            version.TryGetProperty("diagnostics", out _).Should().BeFalse("diagnostics quote the source: they are the owner's");
        }
        (await Arena.ClientFor(null).GetAsync("/api/bots/nobody")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Arena.ClientFor(null).GetAsync("/api/bots/" + Uri.EscapeDataString("<b>"))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_new_endpoints_and_not_the_pages()
    {
        var document = await (await Arena.ClientFor(null).GetAsync("/openapi/v1.json")).JsonAsync();
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.Should().Contain(["/api/me", "/api/bots/{name}", "/api/matches/{id}/view", "/api/matches/{id}/logs", "/matches/{id}/replay"]);
        paths.Should().NotContain(["/", "/bots/{name}", "/matches/{id}", "/operator"]);
    }
}
