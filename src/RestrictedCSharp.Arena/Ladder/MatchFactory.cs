using System.Security.Cryptography;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Jobs;
using RestrictedCSharp.Arena.Play;

namespace RestrictedCSharp.Arena.Ladder;

/// <summary>A seat to fill: the bot and the exact version it plays with.</summary>
public sealed record SeatChoice(long BotId, long VersionId);

/// <summary>
/// Records a new match with everything it is played with (seats with exact versions, seed, settings, budgets) and
/// its job, in the caller's unit of work, so a match is never recorded without the job that plays it.
/// </summary>
public sealed class MatchFactory(ArenaGames games, TimeProvider clock)
{
    public async Task<MatchRecord> AddAsync(
        ArenaDb db, string game, string kind, IReadOnlyList<SeatChoice> seats, ulong? seed, long? requestedBy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var match = new MatchRecord
        {
            Game = game,
            Kind = kind,
            Status = MatchStatus.Queued,
            Seed = unchecked((long)(seed ?? NewSeed())),
            SettingsJson = SettingsRecord.ToJson(games.SettingsOf(game)),
            BudgetsJson = BudgetsRecord.From(games.BudgetsOf(game)).ToJson(),
            RequestedBy = requestedBy,
            CreatedAt = now,
            Seats = [.. seats.Select((s, i) => new MatchSeat { Seat = i, BotId = s.BotId, VersionId = s.VersionId })],
        };
        db.Matches.Add(match);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.Jobs.Add(DatabaseJobQueue.NewJob(JobKind.Match, match.Id, now));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return match;
    }

    /// <summary>A seed nobody can predict before the match is recorded; recorded with it, so the match replays.</summary>
    public static ulong NewSeed() => BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));

    public static ulong SeedOf(MatchRecord match) => unchecked((ulong)match.Seed);
}
