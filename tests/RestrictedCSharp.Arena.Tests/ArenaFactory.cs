using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using RestrictedCSharp.Judging;

namespace RestrictedCSharp.Arena.Tests;

/// <summary>
/// The real arena host (the same builder as <c>rcsc serve</c>) on an in-memory server, with its real SQLite file in
/// <paramref name="dataDirectory"/>. Ladder matches are small (an 8×8 board, few turns) so tests stay short.
/// </summary>
/// <param name="sandboxed">Judge with the arena's default, the sandboxed compile worker, instead of a <see cref="FakeJudge"/>.</param>
internal sealed class ArenaFactory(string dataDirectory, Func<ArenaOptions, ArenaOptions>? configure = null, bool sandboxed = false)
    : WebApplicationFactory<ArenaFactory.EntryPoint>
{
    /// <summary>
    /// The factory's entry-point type: the arena is a library (rcsc hosts it), so the test assembly, which has an
    /// entry point, stands in; <see cref="CreateHostBuilder"/> gives the arena's own host builder.
    /// </summary>
    public sealed class EntryPoint;

    /// <summary>An arena on a test's backend (Services.ArenaBackends): its store and queue, then <paramref name="configure"/>.</summary>
    public ArenaFactory(Services.ArenaBackend backend, Func<ArenaOptions, ArenaOptions>? configure = null, bool sandboxed = false)
        : this(backend.DataDirectory, o => (configure ?? (x => x))(backend.Apply(o)), sandboxed)
    {
    }

    public ArenaOptions Options { get; } = (configure ?? (o => o))(new ArenaOptions
    {
        DataDirectory = dataDirectory,
        MatchSlots = 1,
        JudgeSlots = 1,
        PlacementMatches = 2,
        ContinuousLadder = false,
        Settings = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["lightcycles"] = new Dictionary<string, string> { ["width"] = "8", ["height"] = "8", ["max-turns"] = "40" },
        },
    });

    /// <summary>The test double judging, unless <c>sandboxed</c>.</summary>
    public ISubmissionJudge? Judge { get; } = sandboxed ? null : new FakeJudge();

    protected override IHostBuilder CreateHostBuilder() => ArenaApp.CreateHostBuilder(Options, Judge is { } judge ? _ => judge : null);

    // The arena serves no files from its content root: the test's folder will do.
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);

    /// <summary>A client bearing <paramref name="token"/> (none when null).</summary>
    public HttpClient ClientFor(string? token)
    {
        var client = CreateClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

/// <summary>Sample bots and the helpers the arena's tests share.</summary>
internal static class Arena
{
    public static string RepositoryRoot => TestSupport.RepositoryRoot.Path;

    public static string SampleBot(string name) =>
        File.ReadAllText(Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "samples", "LightCycles", "bots", name), "*.cs").Single());

    public static object Submission(string text, string game = "lightcycles", string file = "Bot.cs") =>
        new { game, files = new[] { new { name = file, text } } };

    public static Task<string> AddAuthorAsync(string dataDirectory, string name, bool isOperator = false) =>
        ArenaAuthors.AddAsync(dataDirectory, name, isOperator);

    public static Task<string> AddAuthorAsync(Services.ArenaBackend backend, string name, bool isOperator = false) =>
        ArenaAuthors.AddAsync(backend.Options, name, isOperator);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Submits and returns the submission's id (asserting 202).</summary>
    public static async Task<long> SubmitAsync(HttpClient client, string bot, string text, string game = "lightcycles")
    {
        var response = await client.PutAsJsonAsync($"/api/bots/{bot}", Submission(text, game));
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("submission").GetInt64();
    }

    /// <summary>Polls until <paramref name="done"/> holds (or fails the test after <paramref name="seconds"/>).</summary>
    public static async Task<JsonElement> WaitForAsync(HttpClient client, string url, Func<JsonElement, bool> done, int seconds = 120)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        JsonElement last = default;
        while (DateTime.UtcNow < until)
        {
            var response = await client.GetAsync(url);
            if (response.IsSuccessStatusCode)
            {
                last = await response.JsonAsync();
                if (done(last)) return last;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{url} did not reach the state waited for; last: {last}");
    }
}
