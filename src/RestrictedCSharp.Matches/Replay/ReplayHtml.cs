using RestrictedCSharp.Matches.Results;

namespace RestrictedCSharp.Matches.Replay;

/// <summary>
/// The replay as one self-contained HTML page: the page (inline CSS and JS, no network) with the match record
/// embedded as JSON. The record's writer escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so nothing a bot
/// logs can end the script element. Same match, same bytes.
/// </summary>
public static class ReplayHtml
{
    private const string Placeholder = "{{MATCH_DATA}}";

    private static readonly Lazy<string> Template = new(() =>
    {
        using var stream = typeof(ReplayHtml).Assembly.GetManifestResourceStream("RestrictedCSharp.Matches.Replay.replay.html")
            ?? throw new InvalidOperationException("The replay page is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    });

    public static string Render(MatchResult result) => Render(MatchJson.Replay(result));

    /// <summary>The page for a record written by <see cref="MatchJson.Replay"/>.</summary>
    public static string Render(string replayJson)
    {
        var template = Template.Value;
        var at = template.IndexOf(Placeholder, StringComparison.Ordinal);
        return string.Concat(template.AsSpan(0, at), replayJson, template.AsSpan(at + Placeholder.Length));
    }
}
