using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace RestrictedCSharp.Arena.Web;

/// <summary>
/// <c>GET /operator</c>: the arena's state for its operator: slots busy, the workers, queue depth per kind, the
/// broker's queues, jobs per minute, dead letters, failed jobs and recent rejections. The page itself holds nothing: its script (<c>operator.js</c>) fetches <c>/api/status</c> with the
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
            <h2>Workers</h2>
            <p id="worker-summary"></p>
            <table id="workers"><thead><tr><th>Worker</th><th class="number">Slots</th><th class="number">Busy</th><th class="number">Jobs done</th><th>Last seen</th></tr></thead><tbody></tbody></table>
            <h2>Queue</h2>
            <table id="queue"><thead><tr><th>Kind</th><th>State</th><th class="number">Jobs</th></tr></thead><tbody></tbody></table>
            <h2>Jobs per minute</h2>
            <table id="rates"><thead><tr><th>Kind</th><th class="number">Last minute</th><th class="number">Last 10 minutes</th><th class="number">Per minute</th></tr></thead><tbody></tbody></table>
            <section id="broker-section" hidden>
            <h2>Broker</h2>
            <p id="broker"></p>
            <table id="broker-queues"><thead><tr><th>Queue</th><th class="number">Messages</th><th class="number">Consumers</th></tr></thead><tbody></tbody></table>
            </section>
            <h2>Dead letters</h2>
            <table id="dead-letters"><thead><tr><th class="number">Job</th><th>Kind</th><th>Subject</th><th class="number">Attempts</th><th>Reason</th></tr></thead><tbody></tbody></table>
            <h2>Failed jobs</h2>
            <table id="failures"><thead><tr><th class="number">Job</th><th>Kind</th><th class="number">Of</th><th class="number">Attempts</th><th>Error</th></tr></thead><tbody></tbody></table>
            <h2>Recent rejections</h2>
            <table id="rejections"><thead><tr><th class="number">Submission</th><th>Bot</th><th class="number">Version</th><th>Judged</th><th>Failure</th></tr></thead><tbody></tbody></table>
            </section>
            """, "operator.js"))
        .ExcludeFromDescription();
}
