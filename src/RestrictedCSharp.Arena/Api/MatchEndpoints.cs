using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Ladder;
using RestrictedCSharp.Matches.Replay;

namespace RestrictedCSharp.Arena.Api;

/// <summary>The body of <c>POST /api/matches</c>: a challenge; <c>seed</c> is a decimal string or number (64 bits).</summary>
public sealed record ChallengeBody(string? Game, List<string?>? Bots, JsonElement? Seed);

public sealed record ChallengeAccepted(long Id);

public sealed record SeatView(string Bot, int Version);

public sealed record MatchView(long Id, string Game, string Kind, string Status, string Seed, IReadOnlyList<SeatView> Bots, string? Winner, JsonElement? Result, string? Failure);

public sealed record MatchSummary(long Id, string Game, string Kind, string Status, IReadOnlyList<SeatView> Bots, string? Winner, DateTime CreatedAt);

/// <summary>Challenges, a match's record, a bot's history and the replay page.</summary>
public static class MatchEndpoints
{
    private const int HistoryLength = 50;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/matches", ChallengeAsync)
            .WithName("Challenge")
            .WithSummary("A challenge: a match between bots of the author's choice, one of them the author's own; not rated.")
            .Accepts<ChallengeBody>("application/json")
            .Produces<ChallengeAccepted>(StatusCodes.Status202Accepted);
        app.MapGet("/api/matches/{id:long}", MatchAsync).WithName("GetMatch").WithSummary("A match: its seats, seed, status and result.").Produces<MatchView>();
        app.MapGet("/api/matches", HistoryAsync).WithName("MatchHistory").WithSummary("A bot's most recent matches.").Produces<List<MatchSummary>>();
        app.MapGet("/matches/{id:long}/replay", ReplayAsync)
            .WithName("ReplayPage")
            .WithSummary("The match's replay, drawn by its game's page, without the bots' log lines; sandboxed, with no network.")
            .Produces<string>(contentType: "text/html");
    }

    private static async Task<IResult> ChallengeAsync(
        HttpContext context, ArenaDb db, ArenaGames games, ArenaOptions options, MatchFactory matches, TimeProvider clock)
    {
        var cancellationToken = context.RequestAborted;
        var author = await Caller.AuthorAsync(context, db);
        if (author is null) return Problems.Unauthorized();
        var (body, problem) = await RequestBody.ReadAsync<ChallengeBody>(context.Request, options.MaxBodyBytes, cancellationToken);
        if (problem is not null) return problem;
        if (string.IsNullOrEmpty(body!.Game)) return Problems.BadRequest("\"game\" is required");
        if (!games.TryGet(body.Game, out var game)) return Problems.BadRequest($"this arena hosts no game '{Submissions.Display(body.Game)}'");
        if (body.Bots is null || body.Bots.Count == 0) return Problems.BadRequest("\"bots\" names the bots to play");
        var bad = body.Bots.FirstOrDefault(b => !Names.IsValid(b));
        if (body.Bots.Any(b => !Names.IsValid(b))) return Problems.BadRequest($"'{Submissions.Display(bad ?? "null")}' is not a bot name: {Names.Rule}");
        var definition = game.Definition;
        if (body.Bots.Count < definition.MinPlayers || body.Bots.Count > definition.MaxPlayers)
            return Problems.BadRequest($"{game.Name} is played by {definition.MinPlayers} to {definition.MaxPlayers} bots; {body.Bots.Count} given");
        if (body.Bots.Distinct(StringComparer.Ordinal).Count() != body.Bots.Count) return Problems.BadRequest("a bot takes one seat only");
        if (!TryReadSeed(body.Seed, out var seed)) return Problems.BadRequest("\"seed\" is an unsigned 64-bit integer (a number or a decimal string)");

        var names = body.Bots.Select(b => b!).ToList();
        var bots = await db.Bots.AsNoTracking().Where(b => names.Contains(b.Name)).ToDictionaryAsync(b => b.Name, StringComparer.Ordinal, cancellationToken);
        var missing = names.FirstOrDefault(n => !bots.ContainsKey(n));
        if (missing is not null) return Problems.NotFound($"no bot '{missing}'");
        if (!bots.Values.Any(b => b.AuthorId == author.Id)) return Problems.Forbidden("a challenge includes one of the author's own bots");
        var wrong = bots.Values.FirstOrDefault(b => b.Game != game.Name);
        if (wrong is not null) return Problems.BadRequest($"the bot '{wrong.Name}' plays {wrong.Game}, not {game.Name}");
        var unready = bots.Values.FirstOrDefault(b => b.CurrentVersionId is null);
        if (unready is not null) return Problems.Conflict($"the bot '{unready.Name}' has no accepted version yet");
        var hourAgo = clock.GetUtcNow().UtcDateTime.AddHours(-1);
        if (await db.Matches.CountAsync(m => m.RequestedBy == author.Id && m.CreatedAt > hourAgo, cancellationToken) >= options.ChallengesPerHour)
            return Problems.TooMany($"an author may ask for {options.ChallengesPerHour} challenges an hour; try again later");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var match = await matches.AddAsync(
            db, game.Name, MatchKind.Challenge, [.. names.Select(n => new SeatChoice(bots[n].Id, bots[n].CurrentVersionId!.Value))], seed, author.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Results.Accepted($"/api/matches/{match.Id}", new ChallengeAccepted(match.Id));
    }

    private static async Task<IResult> MatchAsync(long id, ArenaDb db, CancellationToken cancellationToken)
    {
        var match = await db.Matches.AsNoTracking().Include(m => m.Seats).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (match is null) return Problems.NotFound($"no match {id}");
        var seats = await SeatsAsync(db, [match], cancellationToken);
        JsonElement? result = match.ResultJson is null ? null : JsonDocument.Parse(match.ResultJson).RootElement.Clone();
        return Results.Ok(new MatchView(
            match.Id, match.Game, match.Kind, match.Status, MatchFactory.SeedOf(match).ToString(CultureInfo.InvariantCulture), seats[match.Id], match.WinnerBot, result, match.Failure));
    }

    private static async Task<IResult> HistoryAsync(string? bot, ArenaDb db, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(bot)) return Problems.BadRequest("?bot=NAME names the bot whose matches to list");
        if (!Names.IsValid(bot)) return Problems.BadRequest($"'{Submissions.Display(bot)}' is not a bot name: {Names.Rule}");
        var found = await db.Bots.AsNoTracking().SingleOrDefaultAsync(b => b.Name == bot, cancellationToken);
        if (found is null) return Problems.NotFound($"no bot '{bot}'");
        var ids = db.MatchSeats.Where(s => s.BotId == found.Id).Select(s => s.MatchId);
        var list = await db.Matches.AsNoTracking().Include(m => m.Seats).Where(m => ids.Contains(m.Id))
            .OrderByDescending(m => m.Id).Take(HistoryLength).ToListAsync(cancellationToken);
        var seats = await SeatsAsync(db, list, cancellationToken);
        return Results.Ok(list.Select(m => new MatchSummary(m.Id, m.Game, m.Kind, m.Status, seats[m.Id], m.WinnerBot, m.CreatedAt)).ToList());
    }

    /// <summary>
    /// The replay page, for anyone: the game's page with the match record, less the bots' log lines (a bot's logs
    /// are its owner's: see <see cref="OwnerViewEndpoints"/>). The match page shows it in a sandboxed frame.
    /// </summary>
    private static async Task<IResult> ReplayAsync(long id, ArenaDb db, ArenaGames games, CancellationToken cancellationToken)
    {
        var match = await db.Matches.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (match is null) return Problems.NotFound($"no match {id}");
        if (match.ReplayJson is null) return Problems.NotFound($"match {id} is {match.Status}: there is no replay yet");
        if (!games.TryGet(match.Game, out var game)) return Problems.NotFound($"this arena no longer hosts {match.Game}");
        return Web.ReplayDocument.Result(ReplayHtml.Render(game.Definition.ReplayPage, WithoutLogs(match.ReplayJson)));
    }

    internal static string WithoutLogs(string replayJson) => ReplayLogs.KeepLogsOf(replayJson, new HashSet<int>());

    internal static async Task<Dictionary<long, IReadOnlyList<SeatView>>> SeatsAsync(ArenaDb db, IReadOnlyList<MatchRecord> matches, CancellationToken cancellationToken)
    {
        var versionIds = matches.SelectMany(m => m.Seats).Select(s => s.VersionId).Distinct().ToList();
        var versions = await db.Versions.AsNoTracking().Where(v => versionIds.Contains(v.Id))
            .Select(v => new { v.Id, v.Number, Bot = v.Bot!.Name }).ToDictionaryAsync(v => v.Id, cancellationToken);
        return matches.ToDictionary(m => m.Id, m => (IReadOnlyList<SeatView>)[.. m.Seats.OrderBy(s => s.Seat).Select(s => new SeatView(versions[s.VersionId].Bot, versions[s.VersionId].Number))]);
    }

    private static bool TryReadSeed(JsonElement? element, out ulong? seed)
    {
        seed = null;
        if (element is not { } e || e.ValueKind == JsonValueKind.Null) return true;
        if (e.ValueKind == JsonValueKind.Number && e.TryGetUInt64(out var number)) { seed = number; return true; }
        if (e.ValueKind == JsonValueKind.String && ulong.TryParse(e.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)) { seed = parsed; return true; }
        return false;
    }
}
