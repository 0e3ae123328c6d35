using System.Text.Json;
using System.Text.Json.Nodes;
using RestrictedCSharp.Matches.Results;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Matches.Replay;

/// <summary>
/// The replay as one self-contained HTML page: the page (inline CSS and JS, no network) with the match record
/// embedded as JSON. The record's writer escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so nothing a bot
/// logs can end the script element; every string of the record is shown through <see cref="DisplayText.Neutralize"/>,
/// so control characters and bidirectional overrides in bot text show as escapes. Same match, same bytes.
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
        return string.Concat(template.AsSpan(0, at), NeutralizeStrings(replayJson), template.AsSpan(at + Placeholder.Length));
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
