using Microsoft.EntityFrameworkCore;
using RestrictedCSharp.Arena.Data;

namespace RestrictedCSharp.Arena.Api;

/// <summary>Jobs of a kind done in the last minute and in the last ten (<c>AtLeast</c>: more were done than were counted).</summary>
public sealed record JobRate(string Kind, int LastMinute, int LastTenMinutes, double PerMinute, bool AtLeast);

/// <summary>A job given up after its attempts: what it was about (<c>Subject</c>), how often it was tried and why it failed last.</summary>
public sealed record DeadJob(long Id, string Kind, string Subject, int Attempts, string? Reason, DateTime? FailedAt);

/// <summary>The status's reads of the jobs table that need more than a count: jobs per minute and the dead letters.</summary>
public static class StatusQueries
{
    /// <summary>The most recent done jobs of a kind read for the rates: the newest first by id, on the (state, kind, id) index, so the read stays small however long the table grows.</summary>
    public const int RateWindow = 10_000;

    public const int DeadJobsShown = 20;

    public static async Task<IReadOnlyList<JobRate>> RatesAsync(ArenaDb db, DateTime now, CancellationToken cancellationToken)
    {
        var rates = new List<JobRate>();
        foreach (var kind in new[] { JobKind.Judge, JobKind.Match })
        {
            var finished = await db.Jobs.AsNoTracking().Where(j => j.State == JobState.Done && j.Kind == kind)
                .OrderByDescending(j => j.Id).Take(RateWindow).Select(j => j.FinishedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
            var lastMinute = finished.Count(f => f >= now.AddMinutes(-1));
            var lastTen = finished.Count(f => f >= now.AddMinutes(-10));
            // The window full and its oldest still within ten minutes: there were more than it holds.
            var atLeast = finished.Count == RateWindow && finished[^1] >= now.AddMinutes(-10);
            rates.Add(new JobRate(kind, lastMinute, lastTen, Math.Round(lastTen / 10.0, 1), atLeast));
        }
        return rates;
    }

    /// <summary>The latest jobs failed for good, each with its subject: the match and its bots, or the bot and version judged.</summary>
    public static async Task<IReadOnlyList<DeadJob>> DeadJobsAsync(ArenaDb db, CancellationToken cancellationToken)
    {
        var failed = await db.Jobs.AsNoTracking().Where(j => j.State == JobState.Failed).OrderByDescending(j => j.Id).Take(DeadJobsShown)
            .Select(j => new { j.Id, j.Kind, j.Payload, j.Attempts, j.LastError, j.FinishedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var matchIds = failed.Where(j => j.Kind == JobKind.Match).Select(j => j.Payload).Distinct().ToList();
        var versionIds = failed.Where(j => j.Kind == JobKind.Judge).Select(j => j.Payload).Distinct().ToList();
        var matches = await db.Matches.AsNoTracking().Where(m => matchIds.Contains(m.Id)).Select(m => new { m.Id, m.Game }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var seats = await (from s in db.MatchSeats.AsNoTracking()
                           where matchIds.Contains(s.MatchId)
                           join v in db.Versions.AsNoTracking() on s.VersionId equals v.Id
                           select new { s.MatchId, s.Seat, Bot = v.Bot!.Name, v.Number }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var versions = await db.Versions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).Select(v => new { v.Id, Bot = v.Bot!.Name, v.Number })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var games = matches.ToDictionary(m => m.Id, m => m.Game);
        var judged = versions.ToDictionary(v => v.Id, v => $"{v.Bot} version {v.Number}");
        return [.. failed.Select(j => new DeadJob(j.Id, j.Kind, j.Kind switch
        {
            JobKind.Match when games.TryGetValue(j.Payload, out var game) =>
                $"match #{j.Payload} ({game}): " + string.Join(" vs ", seats.Where(s => s.MatchId == j.Payload).OrderBy(s => s.Seat).Select(s => $"{s.Bot} v{s.Number}")),
            JobKind.Judge when judged.TryGetValue(j.Payload, out var version) => version,
            _ => $"{j.Kind} #{j.Payload} (no longer in the store)",
        }, j.Attempts, j.LastError, j.FinishedAt))];
    }
}
