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
    /// in place of its placeholder.
    /// </summary>
    /// <exception cref="ArgumentException">The page has no placeholder.</exception>
    public static string Render(string page, string replayJson)
    {
        var template = page.ReplaceLineEndings("\n");
        var at = template.IndexOf(ReplayPage.Placeholder, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"The game's replay page has no {ReplayPage.Placeholder}.", nameof(page));
        return string.Concat(template.AsSpan(0, at), NeutralizeStrings(replayJson), template.AsSpan(at + ReplayPage.Placeholder.Length));
    }

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
