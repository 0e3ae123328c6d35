namespace RestrictedCSharp.Matches.Tournaments;

/// <summary>One bot's line of the standings table.</summary>
public sealed record Standing(string Bot, int Played, int Wins, int Losses, int Draws, int Points, double Rating);

/// <summary>
/// The standings of a tournament: 3 points a win, 1 a draw; an Elo rating (start 1500, K = 32) updated game
/// by game in schedule order, never in the order games happened to finish, so parallel and resumed runs
/// agree. A game with more than two seats counts each pair by placement.
/// </summary>
public static class Standings
{
    public const double InitialRating = 1500;
    public const double K = 32;

    public static IReadOnlyList<Standing> Compute(IEnumerable<string> bots, IEnumerable<GameRecord> games)
    {
        var table = bots.ToDictionary(b => b, b => new Tally(), StringComparer.Ordinal);
        foreach (var game in games.OrderBy(g => g.Game))
        {
            var seats = game.Players;
            var ratingsBefore = seats.Select(p => table[p].Rating).ToList();
            var changes = new double[seats.Count];
            for (var a = 0; a < seats.Count; a++)
            {
                var tally = table[seats[a]];
                tally.Played++;
                if (game.Winner is null) tally.Draws++;
                else if (game.Winner == seats[a]) tally.Wins++;
                else tally.Losses++;
                for (var b = 0; b < seats.Count; b++)
                {
                    if (a == b) continue;
                    var score = game.Placements[a] < game.Placements[b] ? 1.0 : game.Placements[a] == game.Placements[b] ? 0.5 : 0.0;
                    var expected = 1 / (1 + Math.Pow(10, (ratingsBefore[b] - ratingsBefore[a]) / 400));
                    changes[a] += K * (score - expected) / (seats.Count - 1);
                }
            }
            for (var a = 0; a < seats.Count; a++) table[seats[a]].Rating += changes[a];
        }

        return [.. table
            .Select(t => new Standing(t.Key, t.Value.Played, t.Value.Wins, t.Value.Losses, t.Value.Draws, 3 * t.Value.Wins + t.Value.Draws, t.Value.Rating))
            .OrderByDescending(s => s.Points).ThenByDescending(s => s.Rating).ThenBy(s => s.Bot, StringComparer.Ordinal)];
    }

    private sealed class Tally
    {
        public int Played, Wins, Losses, Draws;
        public double Rating = InitialRating;
    }
}
