using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace RestrictedCSharp.Arena.Tests;

/// <summary>Bad input of every kind is a 4xx problem detail, never a 500, and is never judged.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private readonly TempFolder _data = new("arena-badinput-");
    private ArenaFactory _arena = null!;
    private string _alice = null!;

    public async Task InitializeAsync()
    {
        _alice = await Arena.AddAuthorAsync(_data.Path, "alice");
        _arena = new ArenaFactory(_data.Path, configure: o => o with { MaxBodyBytes = 64 * 1024, MaxFiles = 4, ChecksPerMinute = 1000 });
    }

    public async Task DisposeAsync()
    {
        await _arena.DisposeAsync();
        _data.Dispose();
    }

    public static TheoryData<string> BadBotNames => new()
    {
        "..", "a..b/..", "%2e%2e", "a%2Fb", "<script>", "a%01b", "a%7Fb", "a%0Ab", "a b", "ä", new string('a', 33), "a.b",
    };

    // (A NUL in a path is refused by the server's URL decoder before routing; the in-memory test client cannot send one.)
    [Theory]
    [MemberData(nameof(BadBotNames))]
    public async Task A_bad_bot_name_is_refused(string name)
    {
        var response = await _arena.ClientFor(_alice).PutAsJsonAsync($"/api/bots/{name}", Arena.Submission("class B {}"));
        await ShouldBeProblem(response, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed);
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { "malformed JSON", "{\"game\": \"lightcycles\", \"files\": [" },
        { "not an object", "[1, 2, 3]" },
        { "null", "null" },
        { "empty", "" },
        { "wrong types", "{\"game\": 5, \"files\": \"x\"}" },
        { "no game", "{\"files\": [{\"name\": \"Bot.cs\", \"text\": \"class B {}\"}]}" },
        { "unknown game", "{\"game\": \"chess\", \"files\": [{\"name\": \"Bot.cs\", \"text\": \"class B {}\"}]}" },
        { "markup game", "{\"game\": \"<b>x</b>\", \"files\": [{\"name\": \"Bot.cs\", \"text\": \"class B {}\"}]}" },
        { "no files", "{\"game\": \"lightcycles\", \"files\": []}" },
        { "null file", "{\"game\": \"lightcycles\", \"files\": [null]}" },
        { "file without text", "{\"game\": \"lightcycles\", \"files\": [{\"name\": \"Bot.cs\"}]}" },
        { "file in a folder", "{\"game\": \"lightcycles\", \"files\": [{\"name\": \"../Bot.cs\", \"text\": \"class B {}\"}]}" },
        { "not a .cs file", "{\"game\": \"lightcycles\", \"files\": [{\"name\": \"Bot.txt\", \"text\": \"class B {}\"}]}" },
        { "two files of one name", "{\"game\": \"lightcycles\", \"files\": [{\"name\": \"A.cs\", \"text\": \"\"}, {\"name\": \"A.cs\", \"text\": \"\"}]}" },
        { "too many files", "{\"game\": \"lightcycles\", \"files\": [" + string.Join(",", Enumerable.Range(0, 5).Select(i => $"{{\"name\": \"F{i}.cs\", \"text\": \"\"}}")) + "]}" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_submission_body_is_a_400_problem_on_both_endpoints(string why, string body)
    {
        _ = why;
        var judged = ((FakeJudge)_arena.Judge).Calls;
        var put = await _arena.ClientFor(_alice).PutAsync("/api/bots/good-name", Json(body));
        await ShouldBeProblem(put, HttpStatusCode.BadRequest);
        var check = await _arena.ClientFor(null).PostAsync("/api/check", Json(body));
        await ShouldBeProblem(check, HttpStatusCode.BadRequest);
        ((FakeJudge)_arena.Judge).Calls.Should().Be(judged, "nothing refused is judged");
    }

    [Fact]
    public async Task An_oversized_body_is_a_413_problem()
    {
        var text = new string('x', 70 * 1024);
        await ShouldBeProblem(await _arena.ClientFor(_alice).PutAsJsonAsync("/api/bots/big", Arena.Submission(text)), HttpStatusCode.RequestEntityTooLarge);
        await ShouldBeProblem(await _arena.ClientFor(null).PostAsJsonAsync("/api/check", Arena.Submission(text)), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Bad_queries_and_unknown_ids_are_problems()
    {
        var client = _arena.ClientFor(_alice);
        await ShouldBeProblem(await client.GetAsync("/api/leaderboard"), HttpStatusCode.BadRequest);
        await ShouldBeProblem(await client.GetAsync("/api/leaderboard?game=chess"), HttpStatusCode.BadRequest);
        await ShouldBeProblem(await client.GetAsync("/api/matches"), HttpStatusCode.BadRequest);
        await ShouldBeProblem(await client.GetAsync("/api/matches?bot=%3Cscript%3E"), HttpStatusCode.BadRequest);
        await ShouldBeProblem(await client.GetAsync("/api/matches?bot=nobody"), HttpStatusCode.NotFound);
        await ShouldBeProblem(await client.GetAsync("/api/matches/12345"), HttpStatusCode.NotFound);
        await ShouldBeProblem(await client.GetAsync("/api/matches/not-a-number"), HttpStatusCode.NotFound);
        await ShouldBeProblem(await client.GetAsync("/matches/12345/replay"), HttpStatusCode.NotFound);
        await ShouldBeProblem(await client.GetAsync("/api/submissions/99999999999999999999"), HttpStatusCode.NotFound);
        await ShouldBeProblem(await client.GetAsync("/api/bots/a%3Cb/source"), HttpStatusCode.BadRequest);
        await ShouldBeProblem(await client.GetAsync("/api/nothing-here"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_challenges_are_problems()
    {
        var client = _arena.ClientFor(_alice);
        foreach (var body in new[]
        {
            "{", "{\"game\": \"chess\", \"bots\": [\"a\", \"b\"]}", "{\"game\": \"lightcycles\"}", "{\"game\": \"lightcycles\", \"bots\": [\"a/b\", \"c\"]}",
            "{\"game\": \"lightcycles\", \"bots\": [\"a\", \"a\"]}", "{\"game\": \"lightcycles\", \"bots\": [\"a\"]}",
            "{\"game\": \"lightcycles\", \"bots\": [\"a\", \"b\"], \"seed\": -1}", "{\"game\": \"lightcycles\", \"bots\": [\"a\", \"b\"], \"seed\": \"1e9\"}",
            "{\"game\": \"lightcycles\", \"bots\": [\"a\", \"b\"], \"seed\": {}}",
        })
            await ShouldBeProblem(await client.PostAsync("/api/matches", Json(body)), HttpStatusCode.BadRequest);
        await ShouldBeProblem(await client.PostAsync("/api/matches", Json("{\"game\": \"lightcycles\", \"bots\": [\"a\", \"b\"]}")), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_bot_keeps_its_game()
    {
        var client = _arena.ClientFor(_alice);
        await Arena.SubmitAsync(client, "one-game", "class B {}");
        await ShouldBeProblem(await client.PutAsJsonAsync("/api/bots/one-game", Arena.Submission("class B {}", game: "connectfour")), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_check_is_rate_limited_per_client()
    {
        await using var limited = new ArenaFactory(_data.Path, configure: o => o with { ChecksPerMinute = 2 });
        var client = limited.ClientFor(null);
        for (var i = 0; i < 2; i++)
            (await client.PostAsJsonAsync("/api/check", Arena.Submission("class B {}"))).StatusCode.Should().Be(HttpStatusCode.OK);
        await ShouldBeProblem(await client.PostAsJsonAsync("/api/check", Arena.Submission("class B {}")), HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Submissions_and_challenges_have_an_hourly_quota()
    {
        await using var limited = new ArenaFactory(_data.Path, configure: o => o with { SubmissionsPerHour = 2 });
        var bob = await Arena.AddAuthorAsync(_data.Path, "bob");
        var client = limited.ClientFor(bob);
        await Arena.SubmitAsync(client, "quota", "class B {}");
        await Arena.SubmitAsync(client, "quota", "class B {}");
        await ShouldBeProblem(await client.PutAsJsonAsync("/api/bots/quota", Arena.Submission("class B {}")), HttpStatusCode.TooManyRequests);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task ShouldBeProblem(HttpResponseMessage response, params HttpStatusCode[] expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().BeOneOf(expected, text);
        if (response.StatusCode != HttpStatusCode.MethodNotAllowed)
            response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", text);
    }
}
