using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using RestrictedCSharp.Arena.Api;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Ladder;

namespace RestrictedCSharp.Arena.Web;

/// <summary>
/// <c>GET /matches/{id}</c>: a match's game, kind, seats with their versions, result and status, and its replay in a
/// sandboxed frame (<c>/matches/{id}/replay</c>, public, without log lines). For the owner of one of its bots (and
/// the operator) the page's script (<c>match.js</c>) fetches the view with their log lines
/// (<c>/api/matches/{id}/view</c>, with the token) and shows it in the same frame as <c>srcdoc</c>: the frame's
/// origin is opaque, so what runs there can never read the token.
/// </summary>
public static class MatchPage
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/matches/{id:long}", async (long id, HttpContext context, ArenaDb db, ArenaGames games) =>
        {
            var cancellationToken = context.RequestAborted;
            var match = await db.Matches.AsNoTracking().Include(m => m.Seats).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
            if (match is null) return Markup.NotFound(context, $"no match {id}");
            var seats = (await MatchEndpoints.SeatsAsync(db, [match], cancellationToken))[match.Id];
            var botIds = match.Seats.Select(s => s.BotId).ToList();
            var authors = await db.Bots.AsNoTracking().Where(b => botIds.Contains(b.Id))
                .Select(b => new { b.Name, Author = b.Author!.Name }).ToDictionaryAsync(b => b.Name, b => b.Author, StringComparer.Ordinal, cancellationToken);
            var results = ResultsBySeat(match.ResultJson);

            var body = new StringBuilder($"<article id=\"match\" data-match=\"{id}\">\n<h1>Match #{id}</h1>\n<dl>\n");
            body.Append($"<dt>Game</dt><dd>{Markup.Text(match.Game)}</dd>\n");
            body.Append($"<dt>Kind</dt><dd>{Markup.Text(match.Kind)}{(MatchKind.IsRated(match.Kind) ? " (rated)" : " (not rated)")}</dd>\n");
            body.Append($"<dt>Status</dt><dd class=\"status-{Markup.Text(match.Status)}\">{Markup.Text(match.Status)}</dd>\n");
            if (match.Status == MatchStatus.Finished)
                body.Append($"<dt>Result</dt><dd>{(match.WinnerBot is { } winner ? $"{Markup.BotLink(winner)} won" : "a draw")}{Turns(match.ResultJson)}</dd>\n");
            if (match.Failure is not null) body.Append($"<dt>Failure</dt><dd class=\"error\">{Markup.Text(match.Failure)}</dd>\n");
            body.Append($"<dt>Seed</dt><dd>{MatchFactory.SeedOf(match).ToString(CultureInfo.InvariantCulture)}</dd>\n");
            body.Append($"<dt>Recorded</dt><dd>{Markup.Time(match.CreatedAt)}</dd>\n");
            if (match.FinishedAt is not null) body.Append($"<dt>Finished</dt><dd>{Markup.Time(match.FinishedAt)}</dd>\n");
            body.Append("</dl>\n");

            body.Append("<table id=\"seats\">\n<thead><tr><th class=\"number\">Seat</th><th>Bot</th><th>Author</th><th class=\"number\">Version</th>" +
                        "<th class=\"number\">Place</th><th class=\"number\">Calls</th><th class=\"number\">Failures</th><th>Out at turn</th></tr></thead>\n<tbody>\n");
            for (var seat = 0; seat < seats.Count; seat++)
            {
                var (bot, version) = (seats[seat].Bot, seats[seat].Version);
                var result = results.ElementAtOrDefault(seat);
                body.Append($"<tr><td class=\"number\">{seat + 1}</td><td>{Markup.BotLink(bot)}</td><td>{Markup.Text(authors.GetValueOrDefault(bot))}</td>" +
                            $"<td class=\"number\">{version}</td><td class=\"number\">{result?.Placement}</td><td class=\"number\">{result?.Calls}</td>" +
                            $"<td class=\"number\">{result?.Failures}</td><td>{result?.EliminatedAtTurn}</td></tr>\n");
            }
            body.Append("</tbody>\n</table>\n");

            var policy = HtmlPage.ContentSecurityPolicy;
            if (match.ReplayJson is null)
                body.Append("<p>The replay is shown here once the match is played.</p>\n");
            else
            {
                if (games.TryGet(match.Game, out var game)) policy = ReplayFramePolicy.For(game);
                body.Append("<h2>Replay</h2>\n<p id=\"owner-view\">The bots' log lines are their owners': sign in to see your bots'.</p>\n");
                body.Append($"<iframe id=\"replay\" sandbox=\"allow-scripts\" src=\"/matches/{id}/replay\" title=\"The replay of match {id}\" width=\"100%\" height=\"760\"></iframe>\n");
            }
            body.Append("</article>\n");
            return new WithPolicy(HtmlPage.Render($"Match {id}", body.ToString(), "match.js"), policy);
        })
        .ExcludeFromDescription();

    private sealed record SeatResult(int? Placement, int? Calls, int? Failures, int? EliminatedAtTurn);

    /// <summary>The result's per-seat figures (<c>MatchJson.Summary</c>'s <c>bots</c>), in seat order.</summary>
    private static List<SeatResult> ResultsBySeat(string? resultJson)
    {
        if (resultJson is null) return [];
        using var document = JsonDocument.Parse(resultJson);
        if (!document.RootElement.TryGetProperty("bots", out var bots) || bots.ValueKind != JsonValueKind.Array) return [];
        return [.. bots.EnumerateArray().Select(b => new SeatResult(Int(b, "placement"), Int(b, "calls"), Int(b, "failures"), Int(b, "eliminatedAtTurn")))];
    }

    private static string Turns(string? resultJson)
    {
        if (resultJson is null) return "";
        using var document = JsonDocument.Parse(resultJson);
        return Int(document.RootElement, "turns") is { } turns ? $" in {turns} turns" : "";
    }

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    /// <summary>The page with its own policy in place of the frame's (set as the headers go out, after the page set its own).</summary>
    private sealed class WithPolicy(IResult page, string policy) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.OnStarting(() =>
            {
                httpContext.Response.Headers.ContentSecurityPolicy = policy;
                return Task.CompletedTask;
            });
            return page.ExecuteAsync(httpContext);
        }
    }
}
