using RestrictedCSharp.Compiler;
using RestrictedCSharp.Compiler.Reporting;

namespace RestrictedCSharp.Judging.Worker;

/// <summary>
/// Judges one request with the pipeline of <c>rcsc check</c> (validation) or <c>rcsc build</c> (validation, guards,
/// emit, audit), against the game's API and under the game's rules, as those commands do for a bot of that game.
/// The policy is the compiler's; this only feeds it and words the reply.
/// </summary>
internal static class SubmissionJudging
{
    public static async Task<WorkerReply> JudgeAsync(JudgeRequest request, WorkerGame game, CancellationToken cancellationToken)
    {
        var rules = RulesFiles.Load(game.RulesPath!);
        if (!rules.Succeeded)
            return new WorkerReply(WorkerReply.Failed, Report(false, rules.Diagnostics), null, null,
                $"the rules of game '{game.Name}' ({rules.Source}) have errors; nothing was judged");

        var sources = request.Files.Select(f => new SourceFile(f.Name, f.Text)).ToList();
        string[] references = [game.ApiAssemblyPath!];
        try
        {
            if (request.Mode == JudgeMode.Check)
            {
                var result = await new SubmissionValidator(rules.Rules!, references).ValidateAsync(sources, cancellationToken).ConfigureAwait(false);
                return new WorkerReply(Verdict(result.Accepted), Report(result.Accepted, result.Diagnostics), null, null, null);
            }

            var build = await new BotBuilder(rules.Rules!, references).BuildAsync(sources, cancellationToken).ConfigureAwait(false);
            var report = Report(build.Succeeded, build.Diagnostics);
            return build.Bot is { } bot
                ? new WorkerReply(WorkerReply.Accepted, report, Convert.ToBase64String(bot.Assembly.AsSpan()), bot.Manifest.ToJson(), null)
                : new WorkerReply(WorkerReply.Rejected, report, null, null, null);
        }
        catch (InvalidDataException e)
        {
            // The game's API assembly is not one: the operator's problem, not the submission's.
            return new WorkerReply(WorkerReply.Failed, null, null, null, $"game '{game.Name}': {e.Message}");
        }
    }

    private static string Verdict(bool accepted) => accepted ? WorkerReply.Accepted : WorkerReply.Rejected;

    private static string Report(bool accepted, IReadOnlyList<SubmissionDiagnostic> diagnostics)
    {
        using var text = new StringWriter();
        JsonReportWriter.Write(text, accepted, diagnostics);
        return text.ToString().TrimEnd();
    }
}
