using System.Text.Json;
using System.Text.Json.Nodes;
using RestrictedCSharp.Games;
using RestrictedCSharp.Matches.Results;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Matches.Replay;

/// <summary>
/// The replay as one self-contained HTML page: the game's page (inline CSS and JS, no network) with the match record
/// embedded as JSON. The record's writer escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so nothing a bot
/// logs can end the script element; every string of the record is shown through <see cref="DisplayText.Neutralize"/>,
/// so control characters and bidirectional overrides in bot text show as escapes. Same match, same bytes.
/// </summary>
public static class ReplayHtml
{
    /// <summary>The replay of <paramref name="result"/> drawn by its game's page.</summary>
    public static string Render(IGameDefinition game, MatchResult result) => Render(game.ReplayPage, MatchJson.Replay(result));

    /// <summary>
    /// A game's page (see <see cref="IGameDefinition.ReplayPage"/>) with a record written by <see cref="MatchJson.Replay"/>
    /// in place of its placeholder, and the shared shell in place of its optional shell placeholder.
    /// </summary>
    /// <exception cref="ArgumentException">The page has no placeholder.</exception>
    public static string Render(string page, string replayJson)
    {
        // The shell goes in first, so a record that holds the shell placeholder as text is never expanded.
        var template = WithShell(page.ReplaceLineEndings("\n"));
        var at = template.IndexOf(ReplayPage.Placeholder, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"The game's replay page has no {ReplayPage.Placeholder}.", nameof(page));
        return string.Concat(template.AsSpan(0, at), NeutralizeStrings(replayJson), template.AsSpan(at + ReplayPage.Placeholder.Length));
    }

    /// <summary>The page with the shared shell (<see cref="Shell"/>) in place of its first shell placeholder, if it has one.</summary>
    private static string WithShell(string template)
    {
        var at = template.IndexOf(ReplayPage.ShellPlaceholder, StringComparison.Ordinal);
        return at < 0 ? template : string.Concat(template.AsSpan(0, at), Shell.Value, template.AsSpan(at + ReplayPage.ShellPlaceholder.Length));
    }

    /// <summary>The shell every game's page shares (shell.html, embedded in this assembly), read once.</summary>
    private static readonly Lazy<string> Shell = new(() => ReplayPage.FromResource(typeof(ReplayHtml).Assembly, "RestrictedCSharp.Matches.Replay.shell.html").Value.ReplaceLineEndings("\n").TrimEnd('\n'));

    /// <summary>The record with every string value (and property name) neutralized; written with the default encoder, which escapes HTML's characters.</summary>
    private static string NeutralizeStrings(string json)
    {
        var root = JsonNode.Parse(json);
        return Neutralize(root)?.ToJsonString() ?? "null";
    }

    private static JsonNode? Neutralize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (name, value) in obj.ToList())
                {
                    obj.Remove(name);
                    copy[DisplayText.Neutralize(name)] = Neutralize(value);
                }
                return copy;
            case JsonArray array:
                var items = array.ToList();
                array.Clear();
                foreach (var item in items) array.Add(Neutralize(item));
                return array;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return JsonValue.Create(DisplayText.Neutralize(value.GetValue<string>()));
            default:
                return node;
        }
    }
}
