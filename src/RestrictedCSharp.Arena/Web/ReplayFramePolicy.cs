using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using RestrictedCSharp.Matches.Registry;
using RestrictedCSharp.Matches.Replay;

namespace RestrictedCSharp.Arena.Web;

/// <summary>
/// The match page's policy. The owner's view is put into the page's sandboxed frame as <c>srcdoc</c>, and a srcdoc
/// document inherits the policy of the page that holds it, so the page's policy must let the game's own inline
/// scripts and styles run there: it is <see cref="HtmlPage.ContentSecurityPolicy"/> with their hashes added (the
/// game's page and the replay shell every game shares, the same for every match of the game; the match record is
/// JSON, which no policy runs). Nothing else inline is allowed, in the page or in the frame.
/// </summary>
internal static partial class ReplayFramePolicy
{
    private static readonly ConcurrentDictionary<string, string> Policies = new(StringComparer.Ordinal);

    public static string For(RegisteredGame game) =>
        Policies.GetOrAdd(game.Name, _ => Build(ReplayHtml.Render(game.Definition.ReplayPage, "{}")));

    internal static string Build(string replayPage)
    {
        var scripts = Scripts().Matches(replayPage).Where(m => !m.Groups["attributes"].Value.Contains("application/json", StringComparison.OrdinalIgnoreCase))
            .Select(m => Hash(m.Groups["text"].Value));
        var styles = Styles().Matches(replayPage).Select(m => Hash(m.Groups["text"].Value))
            .Concat(StyleAttributes().Matches(replayPage).Select(m => Hash(System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value))));
        var scriptSources = string.Concat(scripts.Distinct().Select(h => " " + h));
        var styleSources = string.Concat(styles.Distinct().Select(h => " " + h));
        return HtmlPage.ContentSecurityPolicy
            .Replace("script-src 'self'", "script-src 'self'" + scriptSources, StringComparison.Ordinal)
            .Replace("style-src 'self'", "style-src 'self'" + (styleSources.Length > 0 ? " 'unsafe-hashes'" + styleSources : ""), StringComparison.Ordinal);
    }

    private static string Hash(string text) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}'";

    [GeneratedRegex("<script(?<attributes>[^>]*)>(?<text>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Scripts();

    [GeneratedRegex("<style[^>]*>(?<text>.*?)</style>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Styles();

    [GeneratedRegex("\\sstyle=\"(?<text>[^\"]*)\"", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StyleAttributes();
}
