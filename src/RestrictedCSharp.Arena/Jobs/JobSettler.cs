using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Ladder;
using RestrictedCSharp.Arena.Store;
using RestrictedCSharp.Artifacts;

namespace RestrictedCSharp.Arena.Jobs;

/// <summary>What settling an outcome did.</summary>
public enum Settlement
{
    /// <summary>This outcome's result was written.</summary>
    Written,

    /// <summary>The subject was settled already (a redelivered or duplicated outcome): nothing changed.</summary>
    AlreadySettled,
}

/// <summary>An outcome the server will not write: it is not about the job's subject, or not what was ordered.</summary>
public sealed class OutcomeRefusedException(string message) : Exception(message);

/// <summary>
/// The last stage of a job, on the server, the only writer of results: an outcome, checked against what was ordered
/// (it comes from a worker, which may be anyone holding the worker key), becomes the match's result
/// (<see cref="MatchResults"/>, once per match id) or the version's verdict (a build kept only once its bytes match
/// its hash). Settling the same outcome twice writes once.
/// </summary>
public sealed class JobSettler(IDbContextFactory<ArenaDb> databases, MatchResults results, IArtifactStore store, LadderService ladder, TimeProvider clock)
{
    /// <exception cref="OutcomeRefusedException">The outcome is not about a known subject of its kind, or not what was ordered.</exception>
    public Task<Settlement> SettleAsync(JobOutcome outcome, CancellationToken cancellationToken) => outcome switch
    {
        { Kind: JobKind.Match, Match: { } match } => SettleMatchAsync(outcome.Subject, match, cancellationToken),
        { Kind: JobKind.Judge, Judge: { } judgement } => SettleJudgementAsync(outcome.Subject, judgement, cancellationToken),
        _ => throw new OutcomeRefusedException($"not a complete {outcome.Kind} outcome"),
    };

    /// <summary>The job failed for good: its match is failed, or its version rejected, with the reason (a settled one stays as it is).</summary>
    public async Task GiveUpAsync(string kind, long subject, string reason, CancellationToken cancellationToken)
    {
        if (kind == JobKind.Match)
        {
            await results.FailAsync(subject, reason, cancellationToken).ConfigureAwait(false);
            return;
        }
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Versions.Where(v => v.Id == subject && v.Status != SubmissionStatus.Accepted && v.Status != SubmissionStatus.Rejected)
            .ExecuteUpdateAsync(s => s
                .SetProperty(v => v.Status, SubmissionStatus.Rejected)
                .SetProperty(v => v.ReportJson, (string?)null)
                .SetProperty(v => v.Failure, reason)
                .SetProperty(v => v.JudgedAt, now), cancellationToken).ConfigureAwait(false);
    }

    private async Task<Settlement> SettleMatchAsync(long matchId, MatchOutcome outcome, CancellationToken cancellationToken)
    {
        await using (var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            var match = await db.Matches.AsNoTracking().Include(m => m.Seats).SingleOrDefaultAsync(m => m.Id == matchId, cancellationToken).ConfigureAwait(false)
                ?? throw new OutcomeRefusedException($"no match {matchId}");
            if (match.Status is MatchStatus.Finished or MatchStatus.Failed) return Settlement.AlreadySettled;
            var seats = await MatchSeats.ReadAsync(db, match, cancellationToken).ConfigureAwait(false);
            if (!seats.SequenceEqual(outcome.Seats)) throw new OutcomeRefusedException($"match {matchId}: the outcome's seats are not the ones ordered");
            var settled = Read(match, seats, outcome);
            return await results.FinishAsync(matchId, settled, cancellationToken).ConfigureAwait(false) ? Settlement.Written : Settlement.AlreadySettled;
        }
    }

    /// <summary>The winner and placements from the result JSON, which must be this match's (game, seed, seats, in order).</summary>
    private static SettledMatch Read(MatchRecord match, IReadOnlyList<SeatOrder> seats, MatchOutcome outcome)
    {
        var seed = MatchFactory.SeedOf(match).ToString(CultureInfo.InvariantCulture);
        try
        {
            using var summary = JsonDocument.Parse(outcome.Summary, new JsonDocumentOptions { MaxDepth = 64 });
            using var replay = JsonDocument.Parse(outcome.Replay, new JsonDocumentOptions { MaxDepth = 64 });
            var placements = new List<int>();
            foreach (var document in new[] { summary.RootElement, replay.RootElement })
            {
                if (document.GetProperty("game").GetString() != match.Game || document.GetProperty("seed").GetString() != seed)
                    throw new OutcomeRefusedException($"match {match.Id}: the result is of another game or seed");
                var bots = document.GetProperty("bots");
                if (bots.GetArrayLength() != seats.Count) throw new OutcomeRefusedException($"match {match.Id}: the result has {bots.GetArrayLength()} seats");
                placements.Clear();
                for (var i = 0; i < seats.Count; i++)
                {
                    if (bots[i].GetProperty("name").GetString() != seats[i].Bot) throw new OutcomeRefusedException($"match {match.Id}: seat {i} is not the bot ordered");
                    var placement = bots[i].GetProperty("placement").GetInt32();
                    if (placement < 1 || placement > seats.Count) throw new OutcomeRefusedException($"match {match.Id}: seat {i}'s placement is out of range");
                    placements.Add(placement);
                }
            }
            if (!replay.RootElement.TryGetProperty("replay", out _)) throw new OutcomeRefusedException($"match {match.Id}: the replay is missing");
            var winner = summary.RootElement.GetProperty("winner");
            int? index = winner.ValueKind == JsonValueKind.Null ? null : winner.GetInt32();
            if (index is { } w && (w < 0 || w >= seats.Count || placements[w] != 1))
                throw new OutcomeRefusedException($"match {match.Id}: the winner is not a seat placed first");
            if (!JsonElement.DeepEquals(Without(summary.RootElement), Without(replay.RootElement)))
                throw new OutcomeRefusedException($"match {match.Id}: the summary and the replay disagree");
            return new SettledMatch(outcome.Summary, outcome.Replay, index is { } i2 ? seats[i2].Bot : null, index, placements);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw new OutcomeRefusedException($"match {match.Id}: the result is not a match result ({e.Message})");
        }
    }

    /// <summary>The result's fields that the summary and the replay both carry (the replay adds its turn-by-turn part).</summary>
    private static JsonElement Without(JsonElement result)
    {
        var copy = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in result.EnumerateObject())
            if (property.Name is not ("replay" or "wallClock")) copy[property.Name] = property.Value;
        return JsonSerializer.SerializeToElement(copy, ArenaJson.Options);
    }

    private async Task<Settlement> SettleJudgementAsync(long versionId, JudgeOutcome outcome, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var version = await db.Versions.Include(v => v.Bot).SingleOrDefaultAsync(v => v.Id == versionId, cancellationToken).ConfigureAwait(false)
            ?? throw new OutcomeRefusedException($"no version {versionId}");
        if (version.Status is SubmissionStatus.Accepted or SubmissionStatus.Rejected) return Settlement.AlreadySettled;
        var report = Report(versionId, outcome.ReportJson);
        if (!outcome.Accepted)
        {
            version.Status = SubmissionStatus.Rejected;
            version.ReportJson = report;
            version.Failure = null;
            version.JudgedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return Settlement.Written;
        }

        var build = Build(versionId, outcome);
        var hash = await store.PutAsync(build, cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        version.Status = SubmissionStatus.Accepted;
        version.ReportJson = report;
        version.ArtifactHash = hash;
        version.JudgedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await ladder.AcceptAsync(db, version.Bot!, version, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Settlement.Written;
    }

    /// <summary>The judge's report, which must be JSON (the API passes it on as such); null when empty.</summary>
    private static string? Report(long versionId, string report)
    {
        if (string.IsNullOrEmpty(report)) return null;
        try
        {
            using var _ = JsonDocument.Parse(report, new JsonDocumentOptions { MaxDepth = 64 });
            return report;
        }
        catch (JsonException)
        {
            throw new OutcomeRefusedException($"version {versionId}: the report is not JSON");
        }
    }

    /// <summary>The accepted build, bounded in size and checked: the manifest names these bytes, and they are the hash the outcome claims.</summary>
    private static BotArtifact Build(long versionId, JudgeOutcome outcome)
    {
        if (outcome.Assembly is not { Length: > 0 and <= JobMessages.MaxAssemblyBytes } assembly
            || outcome.Manifest is not { Length: > 0 and <= JobMessages.MaxManifestBytes } manifest || outcome.Artifact is null)
            throw new OutcomeRefusedException($"version {versionId}: the build is missing or too large");
        try
        {
            var build = BotArtifact.Create(ImmutableCollectionsMarshal.AsImmutableArray(assembly), BotManifest.FromJson(Encoding.UTF8.GetString(manifest)));
            if (build.Manifest.ContentHash != outcome.Artifact) throw new InvalidDataException("the build is not the one the outcome names");
            return build;
        }
        catch (InvalidDataException e)
        {
            throw new OutcomeRefusedException($"version {versionId}: {e.Message}");
        }
    }
}
