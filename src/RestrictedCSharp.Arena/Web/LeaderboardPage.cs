using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RestrictedCSharp.Arena.Api;
using RestrictedCSharp.Arena.Data;

namespace RestrictedCSharp.Arena.Web;

/// <summary>
/// <c>GET /</c>: the leaderboard of every hosted game (or of <c>?game=NAME</c>), rendered on the server so it reads
/// without scripts; each row links to its bot's page.
/// </summary>
public static class LeaderboardPage
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/", async (string? game, HttpContext context, ArenaDb db, ArenaGames games) =>
        {
            var hosted = games.Names.Order(StringComparer.Ordinal).ToList();
            if (!string.IsNullOrEmpty(game) && !games.TryGet(game, out _))
                return Markup.NotFound(context, $"this arena hosts no game '{Submissions.Display(game)}'");
            var shown = string.IsNullOrEmpty(game) ? hosted : [game];

            var body = new StringBuilder("<h1>Leaderboard</h1>\n");
            if (hosted.Count > 1)
            {
                body.Append("<nav class=\"games\">Games: <a href=\"/\">all</a>");
                foreach (var name in hosted) body.Append($" <a href=\"/?game={Markup.Text(Uri.EscapeDataString(name))}\">{Markup.Text(name)}</a>");
                body.Append("</nav>\n");
            }
            foreach (var name in shown)
                body.Append(Table(name, await LeaderboardEndpoint.RowsAsync(db, name, context.RequestAborted)));
            return HtmlPage.Render("Leaderboard", body.ToString());
        })
        .ExcludeFromDescription();

    private static string Table(string game, IReadOnlyList<LeaderboardRow> rows)
    {
        var html = new StringBuilder($"<section class=\"leaderboard\" data-game=\"{Markup.Text(game)}\">\n<h2>{Markup.Text(game)}</h2>\n");
        if (rows.Count == 0) return html.Append("<p>No bot has an accepted version yet.</p>\n</section>\n").ToString();
        html.Append("<table>\n<thead><tr><th class=\"number\">#</th><th>Bot</th><th>Author</th><th class=\"number\">Version</th>" +
                    "<th class=\"number\">Rating</th><th class=\"number\">Played</th><th class=\"number\">W / L / D</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            html.Append($"<tr><td class=\"number\">{i + 1}</td><td>{Markup.BotLink(r.Bot)}</td><td>{Markup.Text(r.Author)}</td>" +
                        $"<td class=\"number\">{r.Version}</td><td class=\"number\">{Markup.Number(r.Rating)} ± {Markup.Number(r.Deviation)}</td>" +
                        $"<td class=\"number\">{r.Played}</td><td class=\"number\">{r.Wins} / {r.Losses} / {r.Draws}</td></tr>\n");
        }
        return html.Append("</tbody>\n</table>\n</section>\n").ToString();
    }
}
