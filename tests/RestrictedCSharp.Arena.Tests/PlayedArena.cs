using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RestrictedCSharp.Arena.Data;

namespace RestrictedCSharp.Arena.Tests;

/// <summary>
/// An arena whose ladder has played: alice's random bot and bob's bot, which logs <see cref="HostileLog"/> every
/// turn, played their placement matches; carol has no bot; op is the operator. Then rows no request could make are
/// written straight to the database (an author, a bot and a match whose names and failure carry markup), so the pages
/// are shown to encode what they are given, not only what the API lets in.
/// </summary>
public sealed class PlayedArena : IAsyncLifetime
{
    public const string HostileLog = "<script>window.pwned=1</script>\"><img src=x onerror=alert(1)>";

    public const string HostileName = "<script>alert('name')</script>";

    public const string HostileAuthor = "\"><img src=x onerror=alert('author')>";

    public const string HostileFailure = "<img src=x onerror=alert('failure')>";

    private readonly TempFolder _data = new("arena-pages-");

    internal ArenaFactory Arena { get; private set; } = null!;

    public string Alice { get; private set; } = null!;

    public string Bob { get; private set; } = null!;

    public string Carol { get; private set; } = null!;

    public string Operator { get; private set; } = null!;

    public long AliceSubmission { get; private set; }

    /// <summary>The placement matches of alices-bot against bobs-bot, both finished.</summary>
    public IReadOnlyList<long> Matches { get; private set; } = [];

    /// <summary>A finished match between alices-bot and the hostile bot, without a replay.</summary>
    public long HostileMatch { get; private set; }

    public async Task InitializeAsync()
    {
        Alice = await Tests.Arena.AddAuthorAsync(_data.Path, "alice");
        Bob = await Tests.Arena.AddAuthorAsync(_data.Path, "bob");
        Carol = await Tests.Arena.AddAuthorAsync(_data.Path, "carol");
        Operator = await Tests.Arena.AddAuthorAsync(_data.Path, "op", isOperator: true);
        Arena = new ArenaFactory(_data.Path);
        var logger = Tests.Arena.SampleBot("random").Replace(
            "_random ??= new BotRandom(view.Seed);",
            "_random ??= new BotRandom(view.Seed);\n        Log.Write(\"" + HostileLog.Replace("\"", "\\\"", StringComparison.Ordinal) + "\");",
            StringComparison.Ordinal);
        logger.Should().Contain("Log.Write(\"<script>");
        AliceSubmission = await Tests.Arena.SubmitAsync(Arena.ClientFor(Alice), "alices-bot", Tests.Arena.SampleBot("random"));
        await Tests.Arena.WaitForAsync(Arena.ClientFor(Alice), $"/api/submissions/{AliceSubmission}", s => s.GetProperty("status").GetString() == "accepted");
        await Tests.Arena.SubmitAsync(Arena.ClientFor(Bob), "bobs-bot", logger);
        var history = await Tests.Arena.WaitForAsync(Arena.ClientFor(null), "/api/matches?bot=bobs-bot",
            m => m.GetArrayLength() == Arena.Options.PlacementMatches && m.EnumerateArray().All(x => x.GetProperty("status").GetString() == "finished"), seconds: 240);
        Matches = [.. history.EnumerateArray().Select(m => m.GetProperty("id").GetInt64()).Order()];
        HostileMatch = await AddHostileRowsAsync();
    }

    private async Task<long> AddHostileRowsAsync()
    {
        await using var db = await Arena.Services.GetRequiredService<IDbContextFactory<ArenaDb>>().CreateDbContextAsync();
        var now = DateTime.UtcNow;
        var author = new Author { Name = HostileAuthor, TokenHash = "not-a-hash-of-any-token", CreatedAt = now };
        var bot = new Bot { Name = HostileName, Author = author, Game = "lightcycles", LastVersionNumber = 1, Rating = 1500, Deviation = 350, Volatility = 0.06, CreatedAt = now };
        var version = new BotVersion { Bot = bot, Number = 1, Status = SubmissionStatus.Accepted, FilesJson = "[]", SubmittedAt = now, JudgedAt = now };
        db.Versions.Add(version);
        await db.SaveChangesAsync();
        bot.CurrentVersionId = version.Id;
        var alice = await db.Bots.SingleAsync(b => b.Name == "alices-bot");
        var match = new MatchRecord
        {
            Game = "lightcycles", Kind = MatchKind.Challenge, Status = MatchStatus.Finished, SettingsJson = "{}", BudgetsJson = "{}",
            WinnerBot = HostileName, Failure = HostileFailure, CreatedAt = now, FinishedAt = now,
            ResultJson = JsonSerializer.Serialize(new { game = "lightcycles", winnerName = HostileName, turns = 3, bots = new[] { new { name = HostileName, placement = 1 } } }),
            Seats = [new MatchSeat { Seat = 0, BotId = bot.Id, VersionId = version.Id }, new MatchSeat { Seat = 1, BotId = alice.Id, VersionId = alice.CurrentVersionId!.Value }],
        };
        db.Matches.Add(match);
        await db.SaveChangesAsync();
        return match.Id;
    }

    public async Task DisposeAsync()
    {
        await Arena.DisposeAsync();
        _data.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class PlayedArenaCollection : ICollectionFixture<PlayedArena>
{
    public const string Name = "played arena";
}
