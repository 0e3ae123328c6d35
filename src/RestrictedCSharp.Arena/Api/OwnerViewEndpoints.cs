using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Web;
using RestrictedCSharp.Matches.Replay;

namespace RestrictedCSharp.Arena.Api;

/// <summary>
/// What a match's record holds that is not public: the bots' log lines, for their owners and the operator.
/// <c>GET /api/matches/{id}/view</c> is the replay page with the caller's own bots' lines kept (the operator's:
/// all); <c>GET /api/matches/{id}/logs?bot=NAME</c> is one bot's turns as JSON.
/// </summary>
public static class OwnerViewEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/matches/{id:long}/view", ViewAsync)
            .WithName("OwnerReplay")
            .WithSummary("The replay page with the log lines of the caller's own bots (the operator: every bot's); for a match one of the caller's bots played.")
            .Produces<string>(contentType: "text/html");
        app.MapGet("/api/matches/{id:long}/logs", LogsAsync)
            .WithName("BotMatchLogs")
            .WithSummary("A bot's turns in a match: what it saw, answered, spent and logged; for the bot's owner and the operator.")
            .Produces<BotMatchLogs>();
    }

    private static async Task<IResult> ViewAsync(long id, HttpContext context, ArenaDb db, ArenaGames games)
    {
        var author = await Caller.AuthorAsync(context, db);
        if (author is null) return Problems.Unauthorized();
        var (match, owners, problem) = await FindAsync(db, id, context.RequestAborted);
        if (problem is not null) return problem;
        if (!games.TryGet(match!.Game, out var game)) return Problems.NotFound($"this arena no longer hosts {match.Game}");
        var kept = owners.Where(o => Caller.MayRead(author, o.AuthorId)).Select(o => o.Seat).ToHashSet();
        if (kept.Count == 0) return Problems.Forbidden("a match's log lines are shown to its bots' owners and the operator only");
        return ReplayDocument.Result(ReplayHtml.Render(game.Definition.ReplayPage, ReplayLogs.KeepLogsOf(match.ReplayJson!, kept)));
    }

    private static async Task<IResult> LogsAsync(long id, string? bot, HttpContext context, ArenaDb db)
    {
        var author = await Caller.AuthorAsync(context, db);
        if (author is null) return Problems.Unauthorized();
        if (string.IsNullOrEmpty(bot)) return Problems.BadRequest("?bot=NAME names the bot whose logs to show");
        if (!Names.IsValid(bot)) return Problems.BadRequest($"'{Submissions.Display(bot)}' is not a bot name: {Names.Rule}");
        var (match, owners, problem) = await FindAsync(db, id, context.RequestAborted);
        if (problem is not null) return problem;
        var seat = owners.FirstOrDefault(o => o.Bot == bot);
        if (seat is null) return Problems.NotFound($"the bot '{bot}' did not play in match {id}");
        if (!Caller.MayRead(author, seat.AuthorId)) return Problems.Forbidden("a bot's logs are shown to its owner and the operator only");
        return Results.Ok(new BotMatchLogs(match!.Id, bot, seat.Seat, ReplayLogs.TurnsOf(match.ReplayJson!, seat.Seat)));
    }

    private sealed record SeatOwner(int Seat, string Bot, long AuthorId);

    /// <summary>The match, with a replay, and who owns each seat's bot; or the problem (404) when there is none yet.</summary>
    private static async Task<(MatchRecord? Match, IReadOnlyList<SeatOwner> Owners, IResult? Problem)> FindAsync(ArenaDb db, long id, CancellationToken cancellationToken)
    {
        var match = await db.Matches.AsNoTracking().Include(m => m.Seats).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (match is null) return (null, [], Problems.NotFound($"no match {id}"));
        if (match.ReplayJson is null) return (null, [], Problems.NotFound($"match {id} is {match.Status}: there is no replay yet"));
        var botIds = match.Seats.Select(s => s.BotId).Distinct().ToList();
        var bots = await db.Bots.AsNoTracking().Where(b => botIds.Contains(b.Id))
            .Select(b => new { b.Id, b.Name, b.AuthorId }).ToDictionaryAsync(b => b.Id, cancellationToken);
        return (match, [.. match.Seats.OrderBy(s => s.Seat).Select(s => new SeatOwner(s.Seat, bots[s.BotId].Name, bots[s.BotId].AuthorId))], null);
    }
}
