using Microsoft.EntityFrameworkCore;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Data.Providers;
using RestrictedCSharp.Ladder;
using RestrictedCSharp.Matches.Results;

namespace RestrictedCSharp.Arena.Ladder;

/// <summary>A played match as the arena records it: the result JSON (without and with the replay), its winner and each seat's placement.</summary>
public sealed record SettledMatch(string Summary, string Replay, string? WinnerName, int? Winner, IReadOnlyList<int> Placements)
{
    public static SettledMatch From(MatchResult result) => new(
        MatchJson.Summary(result, includeWallClock: false), MatchJson.Replay(result), result.WinnerName, result.Winner, [.. result.Bots.Select(b => b.Placement)]);
}

/// <summary>
/// Writes a match's outcome, once per match id: the first finish wins (one conditional UPDATE), and only that one
/// moves the ratings, in the same transaction. A match played again after a crash, or a job delivered twice,
/// changes nothing.
/// </summary>
public sealed class MatchResults(IDbContextFactory<ArenaDb> databases, TimeProvider clock)
{
    /// <summary>True when this call wrote the result (false: it was already written).</summary>
    public Task<bool> FinishAsync(long matchId, MatchResult result, CancellationToken cancellationToken) =>
        FinishAsync(matchId, SettledMatch.From(result), cancellationToken);

    /// <summary>True when this call wrote the result (false: it was already written).</summary>
    public async Task<bool> FinishAsync(long matchId, SettledMatch result, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var summary = result.Summary;
        var replay = result.Replay;
        var winner = result.WinnerName;
        var written = await db.Matches
            .Where(m => m.Id == matchId && m.Status != MatchStatus.Finished && m.Status != MatchStatus.Failed)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, MatchStatus.Finished)
                .SetProperty(m => m.ResultJson, summary)
                .SetProperty(m => m.ReplayJson, replay)
                .SetProperty(m => m.WinnerBot, winner)
                .SetProperty(m => m.FinishedAt, now), cancellationToken).ConfigureAwait(false);
        if (written != 1) return false;

        var match = await db.Matches.Include(m => m.Seats).SingleAsync(m => m.Id == matchId, cancellationToken).ConfigureAwait(false);
        if (MatchKind.IsRated(match.Kind)) await RateAsync(db, match, result, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Marks a match that could not be played; a finished one stays finished.</summary>
    public async Task FailAsync(long matchId, string failure, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Matches.Where(m => m.Id == matchId && m.Status != MatchStatus.Finished)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, MatchStatus.Failed)
                .SetProperty(m => m.Failure, failure)
                .SetProperty(m => m.FinishedAt, now), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Glicko-2, one rating period per match: each bot against each other seat, scored by placement (a lower
    /// placement beats a higher one, equal ones draw), all from the ratings before the match.
    /// </summary>
    private static async Task RateAsync(ArenaDb db, MatchRecord match, SettledMatch result, CancellationToken cancellationToken)
    {
        var seats = match.Seats.OrderBy(s => s.Seat).ToList();
        var ids = seats.Select(s => s.BotId).ToList();
        await RowLocks.BotsAsync(db, ids, cancellationToken).ConfigureAwait(false);
        var bots = await db.Bots.Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken).ConfigureAwait(false);
        var before = seats.Select(s => RatingOf(bots[s.BotId])).ToList();
        for (var i = 0; i < seats.Count; i++)
        {
            var games = new List<GameScore>();
            for (var j = 0; j < seats.Count; j++)
            {
                if (i == j) continue;
                var mine = result.Placements[i];
                var theirs = result.Placements[j];
                games.Add(new GameScore(before[j], mine < theirs ? 1 : mine == theirs ? 0.5 : 0));
            }
            var bot = bots[seats[i].BotId];
            var after = Glicko2.Update(before[i], games);
            (bot.Rating, bot.Deviation, bot.Volatility) = (after.Value, after.Deviation, after.Volatility);
            bot.Played++;
            if (result.Winner is null) bot.Draws++;
            else if (result.Winner == i) bot.Wins++;
            else bot.Losses++;
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public static Rating RatingOf(Bot bot) => new(bot.Rating, bot.Deviation, bot.Volatility);
}
