using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Workers;

namespace RestrictedCSharp.Arena.Tests.Workers;

/// <summary>
/// Workers report themselves to a real arena (in process): only the worker key is admitted, reports are checked and
/// bounded, <see cref="WorkerHeartbeat"/> posts them, and <c>GET /api/status</c> shows the workers, their slots, the
/// ladder's bound, the jobs per minute and the dead letters.
/// </summary>
public sealed class HeartbeatTests : IAsyncLifetime
{
    private const string HostileReason = "<img src=x onerror=alert('reason')>";

    private readonly TempFolder _data = new("arena-workers-");
    private ArenaFactory _arena = null!;
    private string _key = null!;
    private string _alice = null!;
    private string _operator = null!;

    public async Task InitializeAsync()
    {
        _alice = await Arena.AddAuthorAsync(_data.Path, "alice");
        _operator = await Arena.AddAuthorAsync(_data.Path, "op", isOperator: true);
        _key = WorkerKey.Create(_data.Path);
        _arena = new ArenaFactory(_data.Path, o => o with { MatchSlots = 2, LadderQueueDepth = 4 });
    }

    public async Task DisposeAsync()
    {
        await _arena.DisposeAsync();
        _data.Dispose();
    }

    private static object Report(string name, int slots = 4, int busy = 1, long jobsDone = 3) => new { name, slots, busy, jobsDone };

    private Task<HttpResponseMessage> BeatAsync(string? token, object report) =>
        _arena.ClientFor(token).PostAsJsonAsync("/api/workers/heartbeat", report);

    private async Task<System.Text.Json.JsonElement> StatusAsync()
    {
        var response = await _arena.ClientFor(_operator).GetAsync("/api/status");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    [Fact]
    public async Task Only_the_worker_key_is_admitted()
    {
        (await BeatAsync(_key, Report("w1"))).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var none = await BeatAsync(null, Report("w2"));
        none.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        none.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await BeatAsync("not-the-key", Report("w3"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await BeatAsync(_alice, Report("w4"))).StatusCode.Should().Be(HttpStatusCode.Forbidden, "an author's token is not the worker key");
        (await BeatAsync(_operator, Report("w5"))).StatusCode.Should().Be(HttpStatusCode.Forbidden, "not even an operator's");
        (await BeatAsync(_key + "x", Report("w6"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await _arena.ClientFor(_key).GetAsync("/api/status")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the worker key is no author's token");

        (await StatusAsync()).GetProperty("workers").EnumerateArray().Select(w => w.GetProperty("name").GetString()).Should().Equal("w1");
    }

    [Fact]
    public async Task A_server_without_a_key_refuses_every_worker_and_says_how_to_make_one()
    {
        using var bare = new TempFolder("arena-nokey-");
        await using var arena = new ArenaFactory(bare.Path);
        var response = await arena.ClientFor("anything").PostAsJsonAsync("/api/workers/heartbeat", Report("w"));
        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.JsonAsync()).GetProperty("detail").GetString().Should().Contain("rcsc workers key --data");
        (await arena.ClientFor(null).PostAsJsonAsync("/api/workers/heartbeat", Report("w"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        // The key is read when the server starts: one made while it runs is not taken until the next start.
        var key = WorkerKey.Create(bare.Path);
        await using var restarted = new ArenaFactory(bare.Path);
        (await restarted.ClientFor(key).PostAsJsonAsync("/api/workers/heartbeat", Report("w"))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await arena.ClientFor(key).PostAsJsonAsync("/api/workers/heartbeat", Report("w"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("""{"name":"","slots":1,"busy":0,"jobsDone":0}""", "1 to 64 characters")]
    [InlineData("""{"slots":1,"busy":0,"jobsDone":0}""", "1 to 64 characters")]
    [InlineData("""{"name":"a\u0000b","slots":1,"busy":0,"jobsDone":0}""", "printable")]
    [InlineData("""{"name":"w","slots":100000,"busy":0,"jobsDone":0}""", "slots must be")]
    [InlineData("""{"name":"w","slots":2,"busy":5,"jobsDone":0}""", "busy must be")]
    [InlineData("""{"name":"w","slots":2,"busy":0,"jobsDone":-1}""", "jobsDone")]
    [InlineData("""{"name":"w","slots":99999999999,"busy":0,"jobsDone":0}""", "not the JSON expected")]
    [InlineData("""{"name":"w","slots":"many","busy":0,"jobsDone":0}""", "not the JSON expected")]
    [InlineData("""[1,2,3]""", "not the JSON expected")]
    [InlineData("""null""", "JSON null")]
    [InlineData("""{"name":""", "not the JSON expected")]
    public async Task A_malformed_report_is_a_bad_request(string body, string detail)
    {
        var response = await _arena.ClientFor(_key).PostAsync("/api/workers/heartbeat", new StringContent(body, Encoding.UTF8, "application/json"));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("detail").GetString().Should().Contain(detail);
        (await StatusAsync()).GetProperty("workers").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_unread()
    {
        var body = $$"""{"name":"w","slots":1,"busy":0,"jobsDone":0,"pad":"{{new string('x', WorkerHeartbeatReport.MaxBodyBytes)}}"}""";
        var response = await _arena.ClientFor(_key).PostAsync("/api/workers/heartbeat", new StringContent(body, Encoding.UTF8, "application/json"));
        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await StatusAsync()).GetProperty("workers").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Ten_thousand_names_leave_the_registry_bounded()
    {
        // The registry on a clock that stands still: however slow the machine, no flooding name goes while the flood lasts.
        var clock = new ManualClock();
        await using var frozen = _arena.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton(new WorkerRegistry(clock))));
        var registry = frozen.Services.GetRequiredService<WorkerRegistry>();
        var client = frozen.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _key);
        var statuses = new Dictionary<HttpStatusCode, int>();
        for (var i = 0; i < 10_000; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/workers/heartbeat", Report($"flood-{i}", slots: WorkerHeartbeatReport.MaxSlots, busy: 0));
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
        }
        statuses.Should().BeEquivalentTo(new Dictionary<HttpStatusCode, int>
        {
            [HttpStatusCode.NoContent] = registry.Capacity,
            [HttpStatusCode.TooManyRequests] = 10_000 - registry.Capacity,
        });
        registry.Count.Should().Be(registry.Capacity);
        var asOperator = frozen.CreateClient();
        asOperator.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _operator);
        var status = await (await asOperator.GetAsync("/api/status")).JsonAsync();
        status.GetProperty("ladderBound").GetInt32().Should().Be(Ladder.LadderCapacity.Ceiling, "the flood's slots do not flood the queue");
        status.GetProperty("workers").GetArrayLength().Should().Be(registry.Capacity);

        // Once the flooding names are gone, a new worker is taken.
        clock.Advance(WorkerRegistry.LiveFor + TimeSpan.FromSeconds(1));
        (await client.PostAsJsonAsync("/api/workers/heartbeat", Report("real"))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        registry.Count.Should().Be(1);
    }

    [Fact]
    public async Task The_heartbeat_service_reports_a_workers_load_and_the_status_shows_it()
    {
        var before = await StatusAsync();
        before.GetProperty("workers").GetArrayLength().Should().Be(0);
        before.GetProperty("workerSlots").GetInt32().Should().Be(0);
        before.GetProperty("ladderBound").GetInt32().Should().Be(4, "no worker: the configured depth");
        before.GetProperty("broker").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "no --broker");
        before.GetProperty("matchSlots").GetInt32().Should().Be(2, "the existing fields stay");

        var load = new Load { Slots = 6, Busy = 2, JobsDone = 41 };
        var http = _arena.CreateClient();
        var heartbeat = new WorkerHeartbeat(http.BaseAddress!, _key, "<b>worker</b> one", load, http, TimeProvider.System, NullLogger<WorkerHeartbeat>.Instance);
        (await heartbeat.BeatAsync(CancellationToken.None)).Should().BeTrue();
        var status = await StatusAsync();
        var worker = status.GetProperty("workers").EnumerateArray().Single();
        worker.GetProperty("name").GetString().Should().Be("<b>worker</b> one", "the JSON carries the name as text");
        worker.GetProperty("slots").GetInt32().Should().Be(6);
        worker.GetProperty("busy").GetInt32().Should().Be(2);
        worker.GetProperty("jobsDone").GetInt64().Should().Be(41);
        worker.GetProperty("lastSeen").GetDateTime().Should().BeCloseTo(DateTime.UtcNow, TimeSpan.FromMinutes(5));
        status.GetProperty("workerSlots").GetInt32().Should().Be(6);
        status.GetProperty("ladderBound").GetInt32().Should().Be(16, "2 × (2 local match slots + 6)");

        // As a hosted service: it beats at start, then every interval; the load is read at each beat.
        load.Busy = 5;
        await heartbeat.StartAsync(CancellationToken.None);
        try
        {
            await Arena.WaitForAsync(_arena.ClientFor(_operator), "/api/status",
                s => s.GetProperty("workers").EnumerateArray().Single().GetProperty("busy").GetInt32() == 5, seconds: 60);
        }
        finally
        {
            await heartbeat.StopAsync(CancellationToken.None);
        }
        heartbeat.ExecuteTask!.IsCompletedSuccessfully.Should().BeTrue();
    }

    [Fact]
    public async Task A_worker_host_registers_the_heartbeat_with_one_line()
    {
        var http = _arena.CreateClient();
        using var host = Host.CreateDefaultBuilder()
            .ConfigureServices(services =>
            {
                services.AddSingleton<IWorkerLoad>(new Load { Slots = 3, Busy = 1, JobsDone = 2 });
                WorkerHeartbeat.Add(services, http.BaseAddress!, _key, "hosted", http);
            })
            .Build();
        await host.StartAsync();
        try
        {
            var status = await Arena.WaitForAsync(_arena.ClientFor(_operator), "/api/status", s => s.GetProperty("workers").GetArrayLength() == 1, seconds: 60);
            status.GetProperty("workers")[0].GetProperty("name").GetString().Should().Be("hosted");
            status.GetProperty("workerSlots").GetInt32().Should().Be(3);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task A_server_that_cannot_be_reached_or_refuses_is_never_fatal_to_the_worker()
    {
        var load = new Load { Slots = 1 };
        using var nowhere = new HttpClient();
        var unreachable = new WorkerHeartbeat(new Uri("http://127.0.0.1:1/"), _key, "lonely", load, nowhere, TimeProvider.System, NullLogger<WorkerHeartbeat>.Instance);
        (await unreachable.BeatAsync(CancellationToken.None)).Should().BeFalse();
        await unreachable.StartAsync(CancellationToken.None);
        unreachable.ExecuteTask!.IsFaulted.Should().BeFalse();
        await unreachable.StopAsync(CancellationToken.None);
        unreachable.ExecuteTask!.IsFaulted.Should().BeFalse();

        var http = _arena.CreateClient();
        var wrongKey = new WorkerHeartbeat(http.BaseAddress!, "not-the-key", "impostor", load, http, TimeProvider.System, NullLogger<WorkerHeartbeat>.Instance);
        (await wrongKey.BeatAsync(CancellationToken.None)).Should().BeFalse();
        wrongKey.Sent.Should().Be(0);

        // A load caught mid-change (busy a moment above slots) is sent within range, not refused.
        var racing = new WorkerHeartbeat(http.BaseAddress!, _key, "racing", new Load { Slots = 2, Busy = 3 }, http, TimeProvider.System, NullLogger<WorkerHeartbeat>.Instance);
        (await racing.BeatAsync(CancellationToken.None)).Should().BeTrue();

        FluentActions.Invoking(() => new WorkerHeartbeat(http.BaseAddress!, _key, "bad\nname", load, http, TimeProvider.System, NullLogger<WorkerHeartbeat>.Instance))
            .Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task The_status_counts_jobs_per_minute_and_lists_dead_letters_with_their_subject()
    {
        long matchId;
        await using (var db = await _arena.Services.GetRequiredService<IDbContextFactory<ArenaDb>>().CreateDbContextAsync())
        {
            var now = DateTime.UtcNow;
            var author = await db.Authors.SingleAsync(a => a.Name == "alice");
            var bot = new Bot { Name = "alices-bot", AuthorId = author.Id, Game = "lightcycles", LastVersionNumber = 2, Rating = 1500, Deviation = 350, Volatility = 0.06, CreatedAt = now };
            var version = new BotVersion { Bot = bot, Number = 2, Status = SubmissionStatus.Rejected, FilesJson = "[]", SubmittedAt = now };
            db.Versions.Add(version);
            await db.SaveChangesAsync();
            var match = new MatchRecord
            {
                Game = "lightcycles", Kind = MatchKind.Challenge, Status = MatchStatus.Failed, SettingsJson = "{}", BudgetsJson = "{}", CreatedAt = now,
                Seats = [new MatchSeat { Seat = 0, BotId = bot.Id, VersionId = version.Id }, new MatchSeat { Seat = 1, BotId = bot.Id, VersionId = version.Id }],
            };
            db.Matches.Add(match);
            await db.SaveChangesAsync();
            matchId = match.Id;
            Job Job(string kind, long payload, string state, DateTime? finished, string? error = null) =>
                new() { Kind = kind, Payload = payload, State = state, Attempts = 3, CreatedAt = now, FinishedAt = finished, LastError = error };
            db.Jobs.AddRange(
                Job(JobKind.Match, match.Id, JobState.Done, now.AddSeconds(-10)),
                Job(JobKind.Match, match.Id, JobState.Done, now.AddSeconds(-20)),
                Job(JobKind.Match, match.Id, JobState.Done, now.AddMinutes(-5)),
                Job(JobKind.Match, match.Id, JobState.Done, now.AddMinutes(-30)),
                Job(JobKind.Judge, version.Id, JobState.Done, now.AddMinutes(-3)),
                Job(JobKind.Judge, version.Id, JobState.Failed, now.AddMinutes(-2), HostileReason),
                Job(JobKind.Match, match.Id, JobState.Failed, now.AddMinutes(-1), "the runner crashed"),
                Job(JobKind.Match, 999_999, JobState.Failed, now, "gone"));
            await db.SaveChangesAsync();
        }

        var status = await StatusAsync();
        var rates = status.GetProperty("rates").EnumerateArray().ToDictionary(r => r.GetProperty("kind").GetString()!);
        rates["match"].GetProperty("lastMinute").GetInt32().Should().Be(2);
        rates["match"].GetProperty("lastTenMinutes").GetInt32().Should().Be(3);
        rates["match"].GetProperty("perMinute").GetDouble().Should().Be(0.3);
        rates["match"].GetProperty("atLeast").GetBoolean().Should().BeFalse();
        rates["judge"].GetProperty("lastMinute").GetInt32().Should().Be(0);
        rates["judge"].GetProperty("lastTenMinutes").GetInt32().Should().Be(1, "failed jobs are not counted as done");

        var dead = status.GetProperty("deadLetters").EnumerateArray().ToList();
        dead.Select(d => d.GetProperty("subject").GetString()).Should().Equal(
            "match #999999 (no longer in the store)",
            $"match #{matchId} (lightcycles): alices-bot v2 vs alices-bot v2",
            "alices-bot version 2");
        dead[1].GetProperty("reason").GetString().Should().Be("the runner crashed");
        dead[2].GetProperty("kind").GetString().Should().Be("judge");
        dead[2].GetProperty("attempts").GetInt32().Should().Be(3);
        dead[2].GetProperty("reason").GetString().Should().Be(HostileReason, "the JSON carries the reason as text; the page writes it with textContent");
        status.GetProperty("failures").GetArrayLength().Should().Be(3, "the existing list stays");
    }

    private sealed class Load : IWorkerLoad
    {
        public int Slots { get; set; }

        public int Busy { get; set; }

        public long JobsDone { get; set; }
    }
}
