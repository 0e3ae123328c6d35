using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using RestrictedCSharp.Arena.Store;
using RestrictedCSharp.Hosting;
using RestrictedCSharp.Judging;
using RestrictedCSharp.Matches;
using RestrictedCSharp.Matches.Results;

namespace RestrictedCSharp.Arena.Jobs;

/// <summary>
/// The middle stage of a job, wherever it runs: an order in, an outcome out, no database. A match is played on the
/// local bot host with the builds from <paramref name="artifacts"/>; a submission is judged in Build mode by
/// <paramref name="judge"/>. Throws when the attempt failed (a build missing, no verdict from the judge): the
/// caller tries again or gives up.
/// </summary>
public sealed class JobExecutor(ArenaGames games, BotHost host, IArtifactSource artifacts, Func<ISubmissionJudge> judge, string worker)
{
    public string Worker => worker;

    public async Task<JobOutcome> ExecuteAsync(JobOrder order, CancellationToken cancellationToken) => order.Kind switch
    {
        Data.JobKind.Match when order.Match is { } match => new JobOutcome(
            order.Job, order.Kind, order.Subject, worker, await PlayAsync(match, cancellationToken).ConfigureAwait(false), null),
        Data.JobKind.Judge when order.Judge is { } request => new JobOutcome(
            order.Job, order.Kind, order.Subject, worker, null, await JudgeAsync(request, cancellationToken).ConfigureAwait(false)),
        _ => throw new InvalidDataException($"not a complete {order.Kind} order"),
    };

    private async Task<MatchOutcome> PlayAsync(MatchOrder order, CancellationToken cancellationToken)
    {
        if (!games.TryGet(order.Game, out var game)) throw new InvalidDataException($"this worker does not host '{order.Game}'");
        if (!ulong.TryParse(order.Seed, NumberStyles.None, CultureInfo.InvariantCulture, out var seed)) throw new InvalidDataException("the order's seed is not a number");
        var entrants = new List<MatchEntrant>();
        foreach (var seat in order.Seats)
            entrants.Add(new MatchEntrant(seat.Bot, await artifacts.GetAsync(seat.Artifact, cancellationToken).ConfigureAwait(false)));
        var options = new GameMatchOptions(seed, order.Settings, order.Budgets.ToBudgets(), games.RulesOf(order.Game));
        var result = await GameMatch.PlayAsync(host, game, entrants, options, cancellationToken).ConfigureAwait(false);
        return new MatchOutcome(order.Seats, MatchJson.Summary(result, includeWallClock: false), MatchJson.Replay(result));
    }

    private async Task<JudgeOutcome> JudgeAsync(JudgeOrder order, CancellationToken cancellationToken)
    {
        var judgement = await judge().JudgeAsync(new JudgeRequest(order.Game, order.Files, JudgeMode.Build), cancellationToken).ConfigureAwait(false);
        // No verdict on the bot (its compile worker died or ran out of time): the attempt failed, not the bot.
        if (judgement.Verdict == JudgeVerdict.Failed) throw new JudgeFailedException(judgement.Failure ?? "the judge gave no verdict");
        if (judgement.Verdict == JudgeVerdict.Rejected || judgement.Artifact is null) return new JudgeOutcome(false, judgement.ReportJson, null, null, null);
        var build = judgement.Artifact;
        return new JudgeOutcome(
            true, judgement.ReportJson, build.Manifest.ContentHash,
            ImmutableCollectionsMarshal.AsArray(build.Assembly) ?? [], Encoding.UTF8.GetBytes(build.Manifest.ToJson()));
    }
}

/// <summary>The judge gave no verdict (its worker died or ran out of time): the job is tried again.</summary>
public sealed class JudgeFailedException(string message) : Exception(message);
