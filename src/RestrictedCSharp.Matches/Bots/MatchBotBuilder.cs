using RestrictedCSharp.Compiler;

namespace RestrictedCSharp.Matches.Bots;

/// <summary>
/// Compiles every bot of a match or tournament with the submission pipeline (validate, insert guards, emit,
/// audit the IL), exactly as <c>rcsc build</c> does, into a folder the caller owns.
/// </summary>
public static class MatchBotBuilder
{
    /// <summary>Builds each bot in turn (one Roslyn compilation at a time keeps a small machine usable).</summary>
    public static async Task<BotBuilds> BuildAllAsync(
        BotBuilder builder, IReadOnlyList<BotSubmission> submissions, string outputDirectory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(outputDirectory);
        var entrants = new List<MatchEntrant>();
        var rejections = new List<BotRejection>();
        for (var i = 0; i < submissions.Count; i++)
        {
            var submission = submissions[i];
            var result = await builder.BuildAsync(submission.Sources, cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                rejections.Add(new BotRejection(submission.Name, result.Diagnostics));
                continue;
            }
            var path = Path.Combine(outputDirectory, $"bot-{i + 1}.dll");
            await result.Bot!.WriteAsync(path, cancellationToken).ConfigureAwait(false);
            entrants.Add(new MatchEntrant(submission.Name, path));
        }
        return new BotBuilds(entrants, rejections);
    }
}
