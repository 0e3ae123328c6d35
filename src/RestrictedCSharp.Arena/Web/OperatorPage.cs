using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace RestrictedCSharp.Arena.Web;

/// <summary>
/// <c>GET /operator</c>: the arena's state for its operator: queue depth per kind, slots busy, failed jobs and recent
/// rejections. The page itself holds nothing: its script (<c>operator.js</c>) fetches <c>/api/status</c> with the
/// token kept in the browser, and says so plainly when the token is not an operator's.
/// </summary>
public static class OperatorPage
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/operator", () => HtmlPage.Render("Operator", """
            <h1>Operator</h1>
            <p id="operator-message">Sign in with an operator's token (rcsc authors add NAME --operator) to see the arena's status.</p>
            <section id="operator-status" hidden>
            <h2>Slots</h2>
            <p id="slots"></p>
            <h2>Queue</h2>
            <table id="queue"><thead><tr><th>Kind</th><th>State</th><th class="number">Jobs</th></tr></thead><tbody></tbody></table>
            <h2>Failed jobs</h2>
            <table id="failures"><thead><tr><th class="number">Job</th><th>Kind</th><th class="number">Of</th><th class="number">Attempts</th><th>Error</th></tr></thead><tbody></tbody></table>
            <h2>Recent rejections</h2>
            <table id="rejections"><thead><tr><th class="number">Submission</th><th>Bot</th><th class="number">Version</th><th>Judged</th><th>Failure</th></tr></thead><tbody></tbody></table>
            </section>
            """, "operator.js"))
        .ExcludeFromDescription();
}
