using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using RestrictedCSharp.Judging;

namespace RestrictedCSharp.Arena.Tests;

/// <summary>
/// A submission that runs the compile worker to its deadline: the arena keeps serving (another client's check is
/// answered while it is judged), and the submission ends rejected with the failure once its attempts are spent.
/// </summary>
public sealed class HostileJudgingTests : IDisposable
{
    // Long enough for a legitimate check on a machine shared by several builds; the attack needs minutes.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private readonly TempFolder _data = new("arena-hostile-");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_submission_that_runs_the_judge_to_its_deadline_is_rejected_and_the_arena_keeps_serving()
    {
        var mallory = await Arena.AddAuthorAsync(_data.Path, "mallory");
        await using var arena = new ShortDeadlineArena(_data.Path);
        var client = arena.ClientFor(mallory);

        var id = await Arena.SubmitAsync(client, "slow", HostileSources.OverloadedLambdas());
        await Arena.WaitForAsync(client, $"/api/submissions/{id}", s => s.GetProperty("status").GetString() == "validating", seconds: 60);

        // While the worker grinds: the playground still answers another client.
        var check = await arena.ClientFor(null).PostAsJsonAsync("/api/check", Arena.Submission(Arena.SampleBot("random")));
        check.StatusCode.Should().Be(HttpStatusCode.OK, await check.Content.ReadAsStringAsync());
        (await check.JsonAsync()).GetProperty("accepted").GetBoolean().Should().BeTrue();

        // Three attempts, each ended at the deadline.
        var attempts = arena.Options.MaxAttempts;
        var done = await Arena.WaitForAsync(client, $"/api/submissions/{id}", s => s.GetProperty("status").GetString() is "accepted" or "rejected",
            seconds: (int)(attempts * (Deadline.TotalSeconds + 40)));
        done.GetProperty("status").GetString().Should().Be("rejected", done.ToString());
        done.GetProperty("failure").GetString().Should().MatchRegex("deadline|resident set|out of memory");
        var status = await arena.ClientFor(null).GetAsync("/api/leaderboard?game=lightcycles");
        status.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>The arena's host with the sandboxed judge, its deadline shortened so that the test is.</summary>
    private sealed class ShortDeadlineArena(string dataDirectory) : WebApplicationFactory<ArenaFactory.EntryPoint>
    {
        public ArenaOptions Options { get; } = new()
        {
            DataDirectory = dataDirectory,
            MatchSlots = 0,
            JudgeSlots = 1,
            ContinuousLadder = false,
        };

        protected override IHostBuilder CreateHostBuilder() => ArenaApp.CreateHostBuilder(Options, services =>
        {
            var games = (ArenaGames)services.GetService(typeof(ArenaGames))!;
            return new SandboxedJudge(new SandboxedJudgeOptions
            {
                GameRegistryPath = games.RegistryPath!,
                Games = [.. games.Names],
                Deadline = Deadline,
                PoolSize = 1,
            });
        });

        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);

        public HttpClient ClientFor(string? token)
        {
            var client = CreateClient();
            if (token is not null) client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            return client;
        }
    }
}
