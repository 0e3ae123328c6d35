using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Jobs;

namespace RestrictedCSharp.Arena.Api;

public sealed record QueueDepth(string Kind, string State, int Count);

public sealed record RecentRejection(long Submission, string Bot, int Version, DateTime? JudgedAt, string? Failure);

public sealed record FailedJob(long Id, string Kind, long Payload, int Attempts, string? Error);

public sealed record ArenaStatus(int MatchSlots, int JudgeSlots, int SlotsBusy, IReadOnlyList<QueueDepth> Jobs, IReadOnlyList<FailedJob> Failures, IReadOnlyList<RecentRejection> RecentRejections);

/// <summary><c>GET /api/status</c>, for the operator: queue depths, slots busy, failed jobs, recent rejections.</summary>
public static class StatusEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/status", async (HttpContext context, ArenaDb db, ArenaOptions options, JobRunner runner) =>
        {
            var author = await Caller.AuthorAsync(context, db);
            if (author is null) return Problems.Unauthorized();
            if (!author.IsOperator) return Problems.Forbidden("the status is the operator's");
            var cancellationToken = context.RequestAborted;
            var depths = await db.Jobs.AsNoTracking().Where(j => j.State == JobState.Queued || j.State == JobState.Published || j.State == JobState.Running)
                .GroupBy(j => new { j.Kind, j.State }).Select(g => new QueueDepth(g.Key.Kind, g.Key.State, g.Count())).ToListAsync(cancellationToken);
            var failures = await db.Jobs.AsNoTracking().Where(j => j.State == JobState.Failed).OrderByDescending(j => j.Id).Take(20)
                .Select(j => new FailedJob(j.Id, j.Kind, j.Payload, j.Attempts, j.LastError)).ToListAsync(cancellationToken);
            var rejections = await db.Versions.AsNoTracking().Where(v => v.Status == SubmissionStatus.Rejected).OrderByDescending(v => v.Id).Take(20)
                .Select(v => new RecentRejection(v.Id, v.Bot!.Name, v.Number, v.JudgedAt, v.Failure)).ToListAsync(cancellationToken);
            return Results.Ok(new ArenaStatus(options.MatchSlots, options.JudgeSlots, runner.Busy, depths, failures, rejections));
        })
        .WithName("Status")
        .WithSummary("The operator's view: queue depths, slots busy, failed jobs and recent rejections.")
        .Produces<ArenaStatus>();
}
