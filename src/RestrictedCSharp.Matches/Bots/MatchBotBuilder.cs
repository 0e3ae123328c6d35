using RestrictedCSharp.Compiler;

namespace RestrictedCSharp.Matches.Bots;

/// <summary>
/// Compiles every bot of a match or tournament with the submission pipeline (validate, insert guards, emit,
/// audit the IL), exactly as <c>rcsc build</c> does; each build stays in memory as the artifact the host is given.
/// </summary>
public static class MatchBotBuilder
{
    /// <summary>Builds each bot in turn (one Roslyn compilation at a time keeps a small machine usable).</summary>
    public static async Task<BotBuilds> BuildAllAsync(
        BotBuilder builder, IReadOnlyList<BotSubmission> submissions, CancellationToken cancellationToken = default)
    {
        var entrants = new List<MatchEntrant>();
        var rejections = new List<BotRejection>();
        foreach (var submission in submissions)
        {
            var result = await builder.BuildAsync(submission.Sources, cancellationToken).ConfigureAwait(false);
            if (result.Succeeded)
            {
                entrants.Add(new MatchEntrant(submission.Name, result.Bot!.Artifact));
            }
            else
            {
                rejections.Add(new BotRejection(submission.Name, result.Diagnostics));
            }
        }

        return new BotBuilds(entrants, rejections);
    }
}
