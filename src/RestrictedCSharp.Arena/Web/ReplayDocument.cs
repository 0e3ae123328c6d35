using Microsoft.AspNetCore.Http;

namespace RestrictedCSharp.Arena.Web;

/// <summary>
/// A game's replay page as the arena serves it: the game's own HTML (inline scripts and styles, drawn from the
/// match record) under a policy that lets it run and nothing else. <c>sandbox allow-scripts</c> gives it an opaque
/// origin even when opened on its own (it can read no token, no storage of the arena), and <c>default-src 'none'</c>
/// gives it no network: a replay shows a record, it fetches nothing.
/// </summary>
public static class ReplayDocument
{
    public const string ContentSecurityPolicy =
        "sandbox allow-scripts; default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; " +
        "base-uri 'none'; form-action 'none'";

    public static IResult Result(string html) => new Document(html);

    private sealed class Document(string html) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            httpContext.Response.Headers.XContentTypeOptions = "nosniff";
            httpContext.Response.Headers["Referrer-Policy"] = "no-referrer";
            httpContext.Response.ContentType = "text/html; charset=utf-8";
            return httpContext.Response.WriteAsync(html);
        }
    }
}
