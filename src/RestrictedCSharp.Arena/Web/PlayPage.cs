using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RestrictedCSharp.Arena.Api;

namespace RestrictedCSharp.Arena.Web;

/// <summary>A game's starting source for the playground: one file.</summary>
public sealed record GameSample(string Game, string File, string Text);

/// <summary>
/// <c>GET /play</c>: the submit page that is also the playground (an editor whose diagnostics come from
/// <c>POST /api/check</c> as the author types, and a button that submits the version), and
/// <c>GET /api/games/{game}/sample</c>, the source it starts from. The page's behaviour is Web/assets/play.js.
/// </summary>
public static class PlayPage
{
    /// <summary>The vendored editor (CodeMirror 5, Web/assets/codemirror) and the page's script, in load order.</summary>
    private static readonly string[] Scripts = ["codemirror/codemirror.js", "codemirror/clike.js", "codemirror/lint.js", "play.js"];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/play", (ArenaGames games) => HtmlPage.Render("Play", Body(games), Scripts))
            .WithName("PlayPage")
            .WithSummary("The playground and submit page.")
            .ExcludeFromDescription();
        app.MapGet("/api/games/{game}/sample", (string game, ArenaGames games) =>
                games.TryGet(game, out var found) ? Results.Ok(GameSamples.Of(found)) : Problems.NotFound($"the arena does not host '{Submissions.Display(game)}'"))
            .WithName("GameSample")
            .WithSummary("A game's starting source for the playground: a sample bot of the game, or a skeleton.")
            .Produces<GameSample>();
    }

    private static string Body(ArenaGames games)
    {
        var options = string.Concat(games.Names.Order(StringComparer.Ordinal).Select(g => $"<option value=\"{HtmlPage.Encode(g)}\">{HtmlPage.Encode(g)}</option>"));
        return $"""
            <h1>Play</h1>
            <p>Write a bot: the arena checks it as you type. Submit it to put it on the ladder.</p>
            <div class="play-controls">
            <label>Game <select id="play-game">{options}</select></label>
            <label>Bot name <input id="play-name" maxlength="{Names.MaxLength}" autocomplete="off" spellcheck="false" placeholder="letters, digits, - and _"></label>
            <label id="play-token-field" hidden>Token <input id="play-token" type="password" autocomplete="off" placeholder="paste your author token"></label>
            <button id="play-submit" type="button">Submit</button>
            </div>
            <p id="play-check" class="play-status" role="status" aria-live="polite"></p>
            <textarea id="play-source" spellcheck="false"></textarea>
            <h2>Diagnostics</h2>
            <ul id="play-diagnostics" class="play-diagnostics"></ul>
            <h2>Submission</h2>
            <div id="play-submission" role="status" aria-live="polite"></div>
            """;
    }
}
