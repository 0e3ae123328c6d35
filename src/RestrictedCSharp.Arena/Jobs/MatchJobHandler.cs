using Microsoft.EntityFrameworkCore;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Ladder;
using RestrictedCSharp.Arena.Play;
using RestrictedCSharp.Arena.Store;
using RestrictedCSharp.Hosting;
using RestrictedCSharp.Matches;

namespace RestrictedCSharp.Arena.Jobs;

/// <summary>
/// Plays a recorded match exactly as recorded (the seats' versions from the bot store, its seed, settings and budgets)
/// on the local bot host, and writes its result once (<see cref="MatchResults"/>). A match already settled is not played again.
/// </summary>
public sealed class MatchJobHandler(
    IDbContextFactory<ArenaDb> databases, IArtifactStore store, ArenaGames games, BotHost host, MatchResults results) : IJobHandler
{
    public string Kind => JobKind.Match;

    public async Task RunAsync(ClaimedJob job, CancellationToken cancellationToken)
    {
        MatchRecord? match;
        List<(string Bot, string Hash)> seats;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            match = await db.Matches.Include(m => m.Seats).SingleOrDefaultAsync(m => m.Id == job.Payload, cancellationToken).ConfigureAwait(false);
            if (match is null || match.Status is MatchStatus.Finished or MatchStatus.Failed) return;
            var ordered = match.Seats.OrderBy(s => s.Seat).ToList();
            var versionIds = ordered.Select(s => s.VersionId).ToList();
            var versions = await db.Versions.Include(v => v.Bot).Where(v => versionIds.Contains(v.Id))
                .ToDictionaryAsync(v => v.Id, cancellationToken).ConfigureAwait(false);
            seats = [.. ordered.Select(s => (versions[s.VersionId].Bot!.Name, versions[s.VersionId].ArtifactHash
                ?? throw new InvalidDataException($"version {s.VersionId} has no build")))];
            match.Status = MatchStatus.Running;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        var entrants = new List<MatchEntrant>();
        foreach (var (bot, hash) in seats)
            entrants.Add(new MatchEntrant(bot, await store.GetAsync(hash, cancellationToken).ConfigureAwait(false)));
        var options = new GameMatchOptions(
            MatchFactory.SeedOf(match), SettingsRecord.FromJson(match.SettingsJson), BudgetsRecord.FromJson(match.BudgetsJson).ToBudgets(), games.RulesOf(match.Game));
        var result = await GameMatch.PlayAsync(host, games.Get(match.Game), entrants, options, cancellationToken).ConfigureAwait(false);
        await results.FinishAsync(match.Id, result, cancellationToken).ConfigureAwait(false);
    }

    public Task GiveUpAsync(ClaimedJob job, string error, CancellationToken cancellationToken) =>
        results.FailAsync(job.Payload, error, cancellationToken);
}
