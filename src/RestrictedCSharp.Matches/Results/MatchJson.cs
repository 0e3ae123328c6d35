namespace RestrictedCSharp.Matches.Results;

/// <summary>
/// A match result as JSON: the deterministic record (same bots, seed and budgets give the same bytes),
/// optionally with the replay's turn-by-turn data, and optionally followed by the wall-clock figures, which
/// are the one part that is not deterministic and are never written into a replay. The shape is
/// <see cref="MatchDocument"/>'s.
/// </summary>
public static class MatchJson
{
    /// <summary>The full record a replay is made from (result plus turn-by-turn data), compact.</summary>
    public static string Replay(MatchResult result) =>
        MatchesJson.Write(MatchDocument.From(result, includeReplay: true, includeWallClock: false), MatchesJsonContext.Default.MatchDocument, indented: false);

    /// <summary>The result for a report: no turn-by-turn data; <paramref name="includeWallClock"/> adds a <c>wallClock</c> object last.</summary>
    public static string Summary(MatchResult result, bool includeWallClock) =>
        MatchesJson.Write(MatchDocument.From(result, includeReplay: false, includeWallClock), MatchesJsonContext.Default.MatchDocument, indented: true);
}
