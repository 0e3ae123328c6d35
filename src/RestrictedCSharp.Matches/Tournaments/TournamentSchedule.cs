namespace RestrictedCSharp.Matches.Tournaments;

/// <summary>One game of a tournament: its place in the schedule, its seats (bot names) and its seed.</summary>
public sealed record ScheduledGame(int Index, int Round, IReadOnlyList<string> Players, ulong Seed)
{
    public string Title => string.Join(" vs ", Players);
}

/// <summary>
/// A round robin: every round, every pair of bots plays once, seats swapped in odd rounds so that nobody
/// always starts on the same side. The same bots, rounds and seed give the same games with the same seeds,
/// which is what lets an interrupted tournament resume.
/// </summary>
public static class TournamentSchedule
{
    /// <param name="bots">The bots' names; they are ordered by ordinal comparison first.</param>
    /// <exception cref="ArgumentException">Fewer than two bots, or two with the same name.</exception>
    public static IReadOnlyList<ScheduledGame> RoundRobin(IEnumerable<string> bots, int rounds, ulong seed)
    {
        var names = bots.Order(StringComparer.Ordinal).ToList();
        if (names.Count < 2) throw new ArgumentException("A tournament needs at least two bots.", nameof(bots));
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count) throw new ArgumentException("Two bots have the same name.", nameof(bots));
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);

        var games = new List<ScheduledGame>();
        var state = seed;
        for (var round = 0; round < rounds; round++)
        {
            for (var a = 0; a < names.Count; a++)
            {
                for (var b = a + 1; b < names.Count; b++)
                {
                    string[] seats = round % 2 == 0 ? [names[a], names[b]] : [names[b], names[a]];
                    games.Add(new ScheduledGame(games.Count, round, seats, Games.SplitMix64.Next(ref state)));
                }
            }
        }
        return games;
    }
}
