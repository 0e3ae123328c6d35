using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RestrictedCSharp.Arena.Workers;

namespace RestrictedCSharp.Arena.Api;

/// <summary>
/// <c>POST /api/workers/heartbeat</c> <c>{name, slots, busy, jobsDone}</c>: a worker reports itself (worker key only).
/// 204 recorded; 400 a malformed or out-of-range report; 413 a body over <see cref="WorkerHeartbeatReport.MaxBodyBytes"/>;
/// 429 the registry is full of live workers and this is a new name.
/// </summary>
public static class WorkerHeartbeatEndpoint
{
    public static void Map(IEndpointRouteBuilder app)
    {
        // The key is read now, as the server starts: a key replaced later takes effect at the next start.
        app.ServiceProvider.GetRequiredService<WorkerGate>();
        app.MapPost("/api/workers/heartbeat", async (HttpContext context, WorkerGate gate, WorkerRegistry registry) =>
        {
            // The key before the body: nothing of a stranger's request is read.
            if (gate.Refuse(context.Request) is { } refusal) return refusal;
            var (report, problem) = await RequestBody.ReadAsync<WorkerHeartbeatReport>(context.Request, WorkerHeartbeatReport.MaxBodyBytes, context.RequestAborted);
            if (problem is not null) return problem;
            if (report!.Problem() is { } bad) return Problems.BadRequest(bad);
            if (!registry.Record(report)) return Problems.TooMany($"the server already follows {registry.Capacity} live workers");
            return Results.NoContent();
        })
        .WithName("WorkerHeartbeat")
        .WithSummary("A worker reports its slots, busy slots and jobs done (the arena's worker key only).")
        .Accepts<WorkerHeartbeatReport>("application/json")
        .Produces(StatusCodes.Status204NoContent);
    }
}
