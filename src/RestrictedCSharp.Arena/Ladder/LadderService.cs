using Microsoft.EntityFrameworkCore;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Ladder;

namespace RestrictedCSharp.Arena.Ladder;

/// <summary>
/// The ladder's decisions: which version of a bot plays (the newest accepted one), a newly accepted version's
/// placement matches, and the matchmaker's next matches while there is room in the queue.
/// </summary>
public sealed class LadderService(IDbContextFactory<ArenaDb> databases, MatchFactory matches, ArenaOptions options, LadderCapacity capacity)
{
    /// <summary>
    /// In the caller's unit of work: <paramref name="version"/> (just accepted) plays for its bot unless a newer
    /// version already does, and, when it does, it is given its placement matches against the bots of the closest
    /// ratings (fewest games first among equals).
    /// </summary>
    public async Task AcceptAsync(ArenaDb db, Bot bot, BotVersion version, CancellationToken cancellationToken)
    {
        if (bot.CurrentVersionId is { } current)
        {
            var playing = await db.Versions.Where(v => v.Id == current).Select(v => v.Number).SingleAsync(cancellationToken).ConfigureAwait(false);
            if (playing > version.Number) return;
        }
        bot.CurrentVersionId = version.Id;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var opponents = await db.Bots
            .Where(b => b.Game == bot.Game && b.Id != bot.Id && b.CurrentVersionId != null)
            .Select(b => new { b.Id, b.Name, b.Rating, b.Played, Version = b.CurrentVersionId!.Value })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (opponents.Count == 0) return;
        var closest = opponents
            .OrderBy(o => Math.Abs(o.Rating - bot.Rating)).ThenBy(o => o.Played).ThenBy(o => o.Name, StringComparer.Ordinal)
            .ToList();
        for (var i = 0; i < options.PlacementMatches; i++)
        {
            var opponent = closest[i % closest.Count];
            // Seats alternate, so a game that favours a seat does not favour the newcomer.
            SeatChoice me = new(bot.Id, version.Id), them = new(opponent.Id, opponent.Version);
            await matches.AddAsync(db, bot.Game, MatchKind.Placement, i % 2 == 0 ? [me, them] : [them, me], seed: null, requestedBy: null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Enqueues the matchmaker's next matches of a game while fewer than <see cref="LadderCapacity"/> allows wait or play; the number enqueued.</summary>
    public async Task<int> ScheduleAsync(string game, ulong seed, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var pending = await db.Matches.CountAsync(
            m => m.Game == game && m.Kind != MatchKind.Challenge && (m.Status == MatchStatus.Queued || m.Status == MatchStatus.Running),
            cancellationToken).ConfigureAwait(false);
        var room = capacity.Bound() - pending;
        if (room <= 0) return 0;
        var bots = await db.Bots.Where(b => b.Game == game && b.CurrentVersionId != null).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (bots.Count < 2) return 0;
        var byName = bots.ToDictionary(b => b.Name, StringComparer.Ordinal);
        var pairings = Matchmaker.Next([.. bots.Select(b => new LadderEntrant(b.Name, MatchResults.RatingOf(b), b.Played))], room, seed);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var pairing in pairings)
        {
            var first = byName[pairing.First];
            var second = byName[pairing.Second];
            await matches.AddAsync(
                db, game, MatchKind.Ladder, [new(first.Id, first.CurrentVersionId!.Value), new(second.Id, second.CurrentVersionId!.Value)],
                seed: null, requestedBy: null, cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return pairings.Count;
    }
}
