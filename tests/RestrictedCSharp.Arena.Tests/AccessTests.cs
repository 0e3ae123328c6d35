using System.Net;
using System.Net.Http.Json;

namespace RestrictedCSharp.Arena.Tests;

/// <summary>Every endpoint with the owner's token, another author's token and no token.</summary>
public sealed class AccessTests : IAsyncLifetime
{
    private readonly TempFolder _data = new("arena-access-");
    private ArenaFactory _arena = null!;
    private string _alice = null!, _bob = null!, _operator = null!;
    private long _submission;

    public async Task InitializeAsync()
    {
        _alice = await Arena.AddAuthorAsync(_data.Path, "alice");
        _bob = await Arena.AddAuthorAsync(_data.Path, "bob");
        _operator = await Arena.AddAuthorAsync(_data.Path, "op", isOperator: true);
        _arena = new ArenaFactory(_data.Path);
        _submission = await Arena.SubmitAsync(_arena.ClientFor(_alice), "alices-bot", Arena.SampleBot("random"));
        await Arena.SubmitAsync(_arena.ClientFor(_bob), "bobs-bot", Arena.SampleBot("wallfollower"));
        await Arena.WaitForAsync(_arena.ClientFor(_alice), $"/api/submissions/{_submission}", s => s.GetProperty("status").GetString() == "accepted");
    }

    public async Task DisposeAsync()
    {
        await _arena.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task Submitting_needs_a_token_and_only_the_owner_adds_versions()
    {
        var text = Arena.SampleBot("random");
        (await _arena.ClientFor(null).PutAsJsonAsync("/api/bots/alices-bot", Arena.Submission(text))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await _arena.ClientFor("not-a-token").PutAsJsonAsync("/api/bots/alices-bot", Arena.Submission(text))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var other = await _arena.ClientFor(_bob).PutAsJsonAsync("/api/bots/alices-bot", Arena.Submission(text));
        other.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        other.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var owner = await _arena.ClientFor(_alice).PutAsJsonAsync("/api/bots/alices-bot", Arena.Submission(text));
        owner.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var body = await owner.JsonAsync();
        body.GetProperty("bot").GetString().Should().Be("alices-bot");
        body.GetProperty("version").GetInt32().Should().Be(2);
        owner.Headers.Location!.ToString().Should().Be($"/api/submissions/{body.GetProperty("submission").GetInt64()}");
    }

    [Fact]
    public async Task A_submission_is_shown_to_its_author_and_the_operator_only()
    {
        var url = $"/api/submissions/{_submission}";
        (await _arena.ClientFor(null).GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await _arena.ClientFor(_bob).GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await _arena.ClientFor(_operator).GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK);
        var mine = await (await _arena.ClientFor(_alice).GetAsync(url)).JsonAsync();
        mine.GetProperty("status").GetString().Should().Be("accepted");
        mine.GetProperty("diagnostics").GetArrayLength().Should().Be(0);
        (await _arena.ClientFor(_alice).GetAsync("/api/submissions/999999")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_bots_source_is_shown_to_its_owner_and_the_operator_only()
    {
        const string url = "/api/bots/alices-bot/source";
        (await _arena.ClientFor(null).GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await _arena.ClientFor(_bob).GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await _arena.ClientFor(_operator).GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK);
        var source = await (await _arena.ClientFor(_alice).GetAsync(url)).JsonAsync();
        source.GetProperty("files")[0].GetProperty("text").GetString().Should().Be(Arena.SampleBot("random"));
        (await _arena.ClientFor(_alice).GetAsync("/api/bots/nobody/source")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_check_needs_no_token_and_answers_the_check_report()
    {
        foreach (var token in new[] { null, _alice, _bob })
        {
            var response = await _arena.ClientFor(token).PostAsJsonAsync("/api/check", Arena.Submission(Arena.SampleBot("random")));
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            (await response.JsonAsync()).GetProperty("accepted").GetBoolean().Should().BeTrue();
        }
        var refused = await (await _arena.ClientFor(null).PostAsJsonAsync("/api/check", Arena.Submission("class B {} " + FakeJudge.RejectMarker))).JsonAsync();
        refused.GetProperty("accepted").GetBoolean().Should().BeFalse();
        refused.GetProperty("diagnostics")[0].GetProperty("id").GetString().Should().Be("RCX0001");
    }

    [Fact]
    public async Task The_leaderboard_and_matches_are_public_and_a_challenge_needs_a_token_and_an_own_bot()
    {
        foreach (var token in new[] { null, _alice, _bob })
            (await _arena.ClientFor(token).GetAsync("/api/leaderboard?game=lightcycles")).StatusCode.Should().Be(HttpStatusCode.OK);

        var challenge = new { game = "lightcycles", bots = new[] { "alices-bot", "bobs-bot" }, seed = "18446744073709551615" };
        await Arena.WaitForAsync(_arena.ClientFor(null), "/api/leaderboard?game=lightcycles", rows => rows.GetArrayLength() == 2);
        (await _arena.ClientFor(null).PostAsJsonAsync("/api/matches", challenge)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var foreign = new { game = "lightcycles", bots = new[] { "alices-bot", "bobs-bot" } };
        (await _arena.ClientFor(_operator).PostAsJsonAsync("/api/matches", foreign)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var accepted = await _arena.ClientFor(_alice).PostAsJsonAsync("/api/matches", challenge);
        accepted.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var id = (await accepted.JsonAsync()).GetProperty("id").GetInt64();

        foreach (var token in new[] { null, _alice, _bob })
        {
            var match = await Arena.WaitForAsync(_arena.ClientFor(token), $"/api/matches/{id}", m => m.GetProperty("status").GetString() == "finished");
            match.GetProperty("seed").GetString().Should().Be("18446744073709551615");
            match.GetProperty("kind").GetString().Should().Be("challenge");
            match.GetProperty("bots")[0].GetProperty("bot").GetString().Should().Be("alices-bot");
            match.GetProperty("result").GetProperty("game").GetString().Should().Be("lightcycles");
            var history = await (await _arena.ClientFor(token).GetAsync("/api/matches?bot=bobs-bot")).JsonAsync();
            history.EnumerateArray().Select(m => m.GetProperty("id").GetInt64()).Should().Contain(id);
            var page = await _arena.ClientFor(token).GetAsync($"/matches/{id}");
            page.StatusCode.Should().Be(HttpStatusCode.OK);
            page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        }
    }

    [Fact]
    public async Task The_status_is_the_operators()
    {
        (await _arena.ClientFor(null).GetAsync("/api/status")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await _arena.ClientFor(_alice).GetAsync("/api/status")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var status = await (await _arena.ClientFor(_operator).GetAsync("/api/status")).JsonAsync();
        status.GetProperty("matchSlots").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_contract()
    {
        var document = await (await _arena.ClientFor(null).GetAsync("/openapi/v1.json")).JsonAsync();
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.Should().Contain(["/api/check", "/api/bots/{name}", "/api/submissions/{id}", "/api/leaderboard", "/api/matches", "/api/matches/{id}", "/api/bots/{name}/source"]);
    }
}
