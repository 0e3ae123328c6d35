using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RestrictedCSharp.Judging;

namespace RestrictedCSharp.Arena.Api;

/// <summary>
/// <c>POST /api/check</c>: the playground. Judges the files in Check mode in the sandboxed worker and answers the
/// same object as <c>rcsc check --format json</c>. No token; rate-limited per client (<see cref="ArenaApp.CheckRateLimit"/>),
/// and admitted one at a time per client (<see cref="CheckAdmission"/>).
/// </summary>
public static class CheckEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/check", async (HttpContext context, ISubmissionJudge judge, ArenaGames games, ArenaOptions options, CheckAdmission admission) =>
        {
            var (body, problem) = await RequestBody.ReadAsync<SubmissionBody>(context.Request, options.MaxBodyBytes, context.RequestAborted);
            if (problem is not null) return problem;
            var (request, refusal, _) = Submissions.Validate(body!, games, options, JudgeMode.Check);
            if (request is null) return Problems.BadRequest(refusal!);
            using var admitted = admission.TryEnter(Caller.Address(context));
            if (admitted is null) return Problems.TooMany("one check at a time per client: wait for the answer to the last one");
            var judgement = await judge.JudgeAsync(request, context.RequestAborted);
            if (judgement.Verdict == JudgeVerdict.Failed || string.IsNullOrEmpty(judgement.ReportJson))
                return Problems.Unprocessable($"the check did not finish: {judgement.Failure ?? "no report"}");
            return Results.Text(judgement.ReportJson, "application/json");
        })
        .RequireRateLimiting(ArenaApp.CheckRateLimit)
        .WithName("Check")
        .WithSummary("Check a bot's files against the game's rules (the playground); the report of rcsc check --format json.")
        .Accepts<SubmissionBody>("application/json");
}
