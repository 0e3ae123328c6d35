using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Ladder;
using RestrictedCSharp.Arena.Store;
using RestrictedCSharp.Judging;

namespace RestrictedCSharp.Arena.Jobs;

/// <summary>
/// Judges a submitted version in Build mode, through the <see cref="ISubmissionJudge"/> (a sandboxed worker process:
/// the server never compiles), keeps an accepted build in the bot store and hands it to the ladder. A version
/// already judged is left as it is, so a job run twice judges once.
/// </summary>
public sealed class JudgeJobHandler(
    IDbContextFactory<ArenaDb> databases, ISubmissionJudge judge, IArtifactStore store, LadderService ladder, ArenaOptions options, TimeProvider clock) : IJobHandler
{
    public string Kind => JobKind.Judge;

    public async Task RunAsync(ClaimedJob job, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var version = await db.Versions.Include(v => v.Bot).SingleOrDefaultAsync(v => v.Id == job.Payload, cancellationToken).ConfigureAwait(false);
        if (version is null || version.Status is SubmissionStatus.Accepted or SubmissionStatus.Rejected) return;
        version.Status = SubmissionStatus.Validating;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var files = JsonSerializer.Deserialize<List<SubmittedFile>>(version.FilesJson, ArenaJson.Options) ?? [];
        var judgement = await judge.JudgeAsync(new JudgeRequest(version.Bot!.Game, files, JudgeMode.Build), cancellationToken).ConfigureAwait(false);
        if (judgement.Verdict == JudgeVerdict.Failed)
        {
            // No verdict on the bot: tried again, and given up as rejected (with the reason) after the last attempt.
            if (job.Attempt < options.MaxAttempts) throw new JudgeFailedException(judgement.Failure ?? "the judge gave no verdict");
            await RejectAsync(db, version, judgement.ReportJson, judgement.Failure ?? "the judge gave no verdict", cancellationToken).ConfigureAwait(false);
            return;
        }
        if (judgement.Verdict == JudgeVerdict.Rejected || judgement.Artifact is null)
        {
            await RejectAsync(db, version, judgement.ReportJson, failure: null, cancellationToken).ConfigureAwait(false);
            return;
        }

        var hash = await store.PutAsync(judgement.Artifact, cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        version.Status = SubmissionStatus.Accepted;
        version.ReportJson = judgement.ReportJson;
        version.ArtifactHash = hash;
        version.JudgedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await ladder.AcceptAsync(db, version.Bot, version, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task GiveUpAsync(ClaimedJob job, string error, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var version = await db.Versions.SingleOrDefaultAsync(v => v.Id == job.Payload, cancellationToken).ConfigureAwait(false);
        if (version is null || version.Status is SubmissionStatus.Accepted or SubmissionStatus.Rejected) return;
        await RejectAsync(db, version, null, error, cancellationToken).ConfigureAwait(false);
    }

    private async Task RejectAsync(ArenaDb db, BotVersion version, string? report, string? failure, CancellationToken cancellationToken)
    {
        version.Status = SubmissionStatus.Rejected;
        version.ReportJson = string.IsNullOrEmpty(report) ? null : report;
        version.Failure = failure;
        version.JudgedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>The judge gave no verdict (its worker died or ran out of time): the job is tried again.</summary>
public sealed class JudgeFailedException(string message) : Exception(message);
