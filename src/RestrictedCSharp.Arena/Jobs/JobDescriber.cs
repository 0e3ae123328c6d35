using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Ladder;
using RestrictedCSharp.Arena.Play;
using RestrictedCSharp.Judging;

namespace RestrictedCSharp.Arena.Jobs;

/// <summary>
/// The first stage of a job, on the server: reads what the job is about and describes it as a self-contained
/// <see cref="JobOrder"/>, so whoever executes it needs no database. Null when there is nothing to do (the match or
/// version is already settled, or gone).
/// </summary>
public sealed class JobDescriber(IDbContextFactory<ArenaDb> databases)
{
    public async Task<JobOrder?> DescribeAsync(long job, string kind, long subject, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return kind switch
        {
            JobKind.Match => await DescribeMatchAsync(db, job, subject, cancellationToken).ConfigureAwait(false),
            JobKind.Judge => await DescribeJudgeAsync(db, job, subject, cancellationToken).ConfigureAwait(false),
            _ => throw new InvalidDataException($"no such kind of job: '{kind}'"),
        };
    }

    private static async Task<JobOrder?> DescribeMatchAsync(ArenaDb db, long job, long matchId, CancellationToken cancellationToken)
    {
        var match = await db.Matches.AsNoTracking().Include(m => m.Seats).SingleOrDefaultAsync(m => m.Id == matchId, cancellationToken).ConfigureAwait(false);
        if (match is null || match.Status is MatchStatus.Finished or MatchStatus.Failed) return null;
        var seats = await MatchSeats.ReadAsync(db, match, cancellationToken).ConfigureAwait(false);
        var order = new MatchOrder(
            match.Game, MatchFactory.SeedOf(match).ToString(CultureInfo.InvariantCulture), seats,
            SettingsRecord.FromJson(match.SettingsJson), BudgetsRecord.FromJson(match.BudgetsJson));
        return new JobOrder(job, JobKind.Match, matchId, order, null);
    }

    private static async Task<JobOrder?> DescribeJudgeAsync(ArenaDb db, long job, long versionId, CancellationToken cancellationToken)
    {
        var version = await db.Versions.AsNoTracking().Include(v => v.Bot).SingleOrDefaultAsync(v => v.Id == versionId, cancellationToken).ConfigureAwait(false);
        if (version is null || version.Status is SubmissionStatus.Accepted or SubmissionStatus.Rejected) return null;
        var files = JsonSerializer.Deserialize<List<SubmittedFile>>(version.FilesJson, ArenaJson.Options) ?? [];
        return new JobOrder(job, JobKind.Judge, versionId, null, new JudgeOrder(version.Bot!.Game, files));
    }

    /// <summary>Shows the subject as being played or judged (a match running, a version validating), unless it is settled.</summary>
    public async Task MarkStartedAsync(JobOrder order, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (order.Kind == JobKind.Match)
            await db.Matches.Where(m => m.Id == order.Subject && m.Status == MatchStatus.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MatchStatus.Running), cancellationToken).ConfigureAwait(false);
        else
            await db.Versions.Where(v => v.Id == order.Subject && v.Status == SubmissionStatus.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Status, SubmissionStatus.Validating), cancellationToken).ConfigureAwait(false);
    }
}
