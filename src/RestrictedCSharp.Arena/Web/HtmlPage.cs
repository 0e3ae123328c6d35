using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;

namespace RestrictedCSharp.Arena.Web;

/// <summary>
/// The arena's pages share one frame: a header with the site's links and the sign-in box, the site's stylesheet and
/// scripts from <c>/assets</c>, and one content security policy. Everything put into a page goes through
/// <see cref="Encode"/>: names, diagnostics and logs come from authors and bots.
/// </summary>
public static class HtmlPage
{
    /// <summary>Scripts and styles only from the arena itself, no inline script, nothing from the network.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    public static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    /// <summary>A whole page: <paramref name="body"/> is markup the caller built with <see cref="Encode"/>.</summary>
    public static IResult Render(string title, string body, params string[] scripts)
    {
        var page = $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Encode(title)} · RestrictedCSharp arena</title>
            <link rel="stylesheet" href="/assets/arena.css">
            <script src="/assets/arena.js"></script>
            {string.Concat(scripts.Select(s => $"<script src=\"/assets/{Encode(s)}\"></script>\n"))}</head>
            <body>
            <header><nav><a href="/">Leaderboard</a> <a href="/play">Play</a> <a href="/operator">Operator</a></nav><div id="signin"></div></header>
            <main>
            {body}
            </main>
            </body>
            </html>
            """;
        return new Page(page);
    }

    private sealed class Page(string html) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            httpContext.Response.Headers.XContentTypeOptions = "nosniff";
            httpContext.Response.ContentType = "text/html; charset=utf-8";
            return httpContext.Response.WriteAsync(html);
        }
    }
}
