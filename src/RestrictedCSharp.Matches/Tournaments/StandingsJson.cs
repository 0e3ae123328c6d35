namespace RestrictedCSharp.Matches.Tournaments;

/// <summary>A tournament's standings as an indented JSON report: <c>{"games": n, "standings": [...]}</c>, ratings to one decimal.</summary>
public static class StandingsJson
{
    public static string Write(IReadOnlyList<Standing> standings, int games) => MatchesJson.Write(
        new StandingsDocument(games, [.. standings.Select(s => s with { Rating = Math.Round(s.Rating, 1, MidpointRounding.AwayFromZero) })]),
        MatchesJsonContext.Default.StandingsDocument,
        indented: true);
}

internal sealed record StandingsDocument(int Games, IReadOnlyList<Standing> Standings);
