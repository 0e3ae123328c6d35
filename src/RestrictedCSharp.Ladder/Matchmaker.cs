namespace RestrictedCSharp.Ladder;

/// <summary>A bot on the ladder: its name, rating and the number of rated games it has played.</summary>
public sealed record LadderEntrant(string Bot, Rating Rating, int Played);

/// <summary>Two bots to play each other.</summary>
public sealed record Pairing(string First, string Second);

/// <summary>Chooses the next matches of a ladder.</summary>
public static class Matchmaker
{
    public static IReadOnlyList<Pairing> Next(IReadOnlyList<LadderEntrant> entrants, int count, ulong seed) => throw new NotImplementedException();
}
