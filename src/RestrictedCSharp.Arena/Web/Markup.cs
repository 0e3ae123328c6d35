using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace RestrictedCSharp.Arena.Web;

/// <summary>
/// Small pieces the server-rendered pages share. Every text goes through <see cref="HtmlPage.Encode"/>, and every
/// name in a link is escaped for the URL first, then encoded for the attribute.
/// </summary>
internal static class Markup
{
    public static string Text(string? text) => HtmlPage.Encode(text);

    public static string BotHref(string bot) => Text("/bots/" + Uri.EscapeDataString(bot));

    public static string BotLink(string bot) => $"<a href=\"{BotHref(bot)}\">{Text(bot)}</a>";

    public static string MatchLink(long id) => $"<a href=\"/matches/{id.ToString(CultureInfo.InvariantCulture)}\">#{id.ToString(CultureInfo.InvariantCulture)}</a>";

    public static string Time(DateTime? utc) =>
        utc is { } t ? $"<time datetime=\"{t.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}\">{t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC</time>" : "";

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A page that says what was not found, with the 404 status.</summary>
    public static IResult NotFound(HttpContext context, string message)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return HtmlPage.Render("Not found", $"<h1>Not found</h1>\n<p>{Text(message)}</p>");
    }
}
