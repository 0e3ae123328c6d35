using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Jobs;
using RestrictedCSharp.Arena.Jobs.Broker;
using RestrictedCSharp.Arena.Ladder;
using RestrictedCSharp.Arena.Workers;

namespace RestrictedCSharp.Arena.Api;

public sealed record QueueDepth(string Kind, string State, int Count);

public sealed record RecentRejection(long Submission, string Bot, int Version, DateTime? JudgedAt, string? Failure);

public sealed record FailedJob(long Id, string Kind, long Payload, int Attempts, string? Error);

/// <param name="Workers">The live workers (heard from in the last three heartbeats).</param>
/// <param name="WorkerSlots">The live workers' slots together.</param>
/// <param name="LadderBound">The most ladder matches per game that may wait or play now (<see cref="LadderCapacity"/>).</param>
/// <param name="Broker">The broker's queues (null without <c>--broker</c>).</param>
/// <param name="Rates">Jobs done per kind in the last minute and the last ten.</param>
/// <param name="DeadLetters">Jobs given up, with what they were about and why.</param>
public sealed record ArenaStatus(
    int MatchSlots, int JudgeSlots, int SlotsBusy, IReadOnlyList<QueueDepth> Jobs, IReadOnlyList<FailedJob> Failures, IReadOnlyList<RecentRejection> RecentRejections,
    IReadOnlyList<WorkerSeen> Workers, int WorkerSlots, int LadderBound, BrokerView? Broker, IReadOnlyList<JobRate> Rates, IReadOnlyList<DeadJob> DeadLetters);

/// <summary><c>GET /api/status</c>, for the operator: queue depths, slots busy, workers, the broker's queues, jobs per minute, failed jobs, recent rejections.</summary>
public static class StatusEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/status", async (HttpContext context, ArenaDb db, ArenaOptions options, JobRunner runner, WorkerRegistry registry,
            LadderCapacity capacity, TimeProvider clock, IServiceProvider services) =>
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
            var rates = await StatusQueries.RatesAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
            var dead = await StatusQueries.DeadJobsAsync(db, cancellationToken);
            var workers = registry.Live();
            var broker = services.GetService<BrokerQueueReader>() is { } reader ? await reader.ReadAsync(cancellationToken) : null;
            // The server's own slots: the job runner, or with a broker the worker in this process (none when its slots are 0).
            var busy = options.Broker is null ? runner.Busy : services.GetService<BrokerWorker>()?.Busy ?? 0;
            return Results.Ok(new ArenaStatus(options.MatchSlots, options.JudgeSlots, busy, depths, failures, rejections,
                workers, workers.Sum(w => w.Slots), capacity.Bound(), broker, rates, dead));
        })
        .WithName("Status")
        .WithSummary("The operator's view: queue depths, slots busy, workers, the broker's queues, jobs per minute, failed jobs and recent rejections.")
        .Produces<ArenaStatus>();
}
