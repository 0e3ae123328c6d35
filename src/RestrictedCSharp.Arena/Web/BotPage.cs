using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using RestrictedCSharp.Arena.Api;
using RestrictedCSharp.Arena.Data;

namespace RestrictedCSharp.Arena.Web;

/// <summary>
/// <c>GET /bots/{name}</c>: a bot's game, author, rating, versions and recent matches, rendered on the server. Each
/// version's diagnostics quote its source, so they are the owner's and the operator's: the page's script
/// (<c>bot.js</c>) fetches them with the token kept in the browser, never the server into the page.
/// </summary>
public static class BotPage
{
    private const int RecentMatches = 20;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/bots/{name}", async (string name, HttpContext context, ArenaDb db) =>
        {
            var cancellationToken = context.RequestAborted;
            if (!Names.IsValid(name)) return Markup.NotFound(context, $"'{Submissions.Display(name)}' is not a bot name: {Names.Rule}");
            var found = await BotProfileEndpoint.LoadAsync(db, name, cancellationToken);
            if (found is null) return Markup.NotFound(context, $"no bot '{name}'");
            var (botId, _, bot) = found.Value;

            var ids = db.MatchSeats.Where(s => s.BotId == botId).Select(s => s.MatchId);
            var matches = await db.Matches.AsNoTracking().Include(m => m.Seats).Where(m => ids.Contains(m.Id))
                .OrderByDescending(m => m.Id).Take(RecentMatches).ToListAsync(cancellationToken);
            var seats = await MatchEndpoints.SeatsAsync(db, matches, cancellationToken);

            var body = new StringBuilder();
            body.Append($"<article id=\"bot\" data-bot=\"{Markup.Text(bot.Bot)}\" data-author=\"{Markup.Text(bot.Author)}\">\n");
            body.Append($"<h1>{Markup.Text(bot.Bot)}</h1>\n<dl>\n");
            body.Append($"<dt>Game</dt><dd><a href=\"/?game={Markup.Text(Uri.EscapeDataString(bot.Game))}\">{Markup.Text(bot.Game)}</a></dd>\n");
            body.Append($"<dt>Author</dt><dd>{Markup.Text(bot.Author)}</dd>\n");
            body.Append($"<dt>Rating</dt><dd>{Markup.Number(bot.Rating)} ± {Markup.Number(bot.Deviation)}</dd>\n");
            body.Append($"<dt>Played</dt><dd>{bot.Played} ({bot.Wins} won, {bot.Losses} lost, {bot.Draws} drawn)</dd>\n");
            body.Append($"<dt>Playing</dt><dd>{(bot.CurrentVersion is { } v ? $"version {v}" : "no accepted version yet")}</dd>\n</dl>\n");

            body.Append("<h2>Versions</h2>\n<p id=\"diagnostics-note\">Each version's diagnostics are shown to its owner and the operator, signed in.</p>\n");
            body.Append("<table id=\"versions\">\n<thead><tr><th class=\"number\">Version</th><th>Status</th><th>Submitted</th><th>Judged</th><th>Diagnostics</th></tr></thead>\n<tbody>\n");
            foreach (var version in bot.Versions)
            {
                body.Append($"<tr><td class=\"number\">{version.Version}{(version.Version == bot.CurrentVersion ? " (playing)" : "")}</td>" +
                            $"<td class=\"status-{Markup.Text(version.Status)}\">{Markup.Text(version.Status)}</td><td>{Markup.Time(version.SubmittedAt)}</td>" +
                            $"<td>{Markup.Time(version.JudgedAt)}</td><td class=\"diagnostics\" data-submission=\"{version.Submission}\"></td></tr>\n");
            }
            body.Append("</tbody>\n</table>\n");

            body.Append("<h2>Recent matches</h2>\n");
            if (matches.Count == 0) body.Append("<p>No match yet.</p>\n");
            else
            {
                body.Append("<table id=\"matches\">\n<thead><tr><th>Match</th><th>Kind</th><th>Status</th><th>Seats</th><th>Winner</th><th>When</th></tr></thead>\n<tbody>\n");
                foreach (var match in matches)
                {
                    var seated = string.Join(" vs ", seats[match.Id].Select(s => $"{Markup.BotLink(s.Bot)} v{s.Version}"));
                    body.Append($"<tr><td>{Markup.MatchLink(match.Id)}</td><td>{Markup.Text(match.Kind)}</td><td>{Markup.Text(match.Status)}</td>" +
                                $"<td>{seated}</td><td>{Markup.Text(match.WinnerBot ?? (match.Status == MatchStatus.Finished ? "draw" : ""))}</td><td>{Markup.Time(match.CreatedAt)}</td></tr>\n");
                }
                body.Append("</tbody>\n</table>\n");
            }
            body.Append("</article>\n");
            return HtmlPage.Render(bot.Bot, body.ToString(), "bot.js");
        })
        .ExcludeFromDescription();
}
