using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Jobs;
using RestrictedCSharp.Judging;
using RestrictedCSharp.Ladder;

namespace RestrictedCSharp.Arena.Api;

/// <summary>The answer to a submission: the bot, its new version's number, and the submission's id to follow.</summary>
public sealed record SubmissionAccepted(string Bot, int Version, long Submission);

/// <summary>A submission's state: <c>queued</c>, <c>validating</c>, <c>accepted</c> or <c>rejected</c>, with the judge's diagnostics.</summary>
public sealed record SubmissionState(long Id, string Bot, int Version, string Status, JsonElement Diagnostics, string? Failure);

/// <summary>A version's files, for its owner and the operator.</summary>
public sealed record BotSource(string Bot, int Version, string Status, IReadOnlyList<SubmittedFile> Files);

/// <summary><c>PUT /api/bots/{name}</c>, <c>GET /api/submissions/{id}</c> and <c>GET /api/bots/{name}/source</c>.</summary>
public static class BotEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPut("/api/bots/{name}", SubmitAsync)
            .WithName("SubmitBot")
            .WithSummary("Submit a new version of a bot the author owns, or a new bot; it is judged in the background.")
            .Accepts<SubmissionBody>("application/json")
            .Produces<SubmissionAccepted>(StatusCodes.Status202Accepted);
        app.MapGet("/api/submissions/{id:long}", SubmissionAsync)
            .WithName("GetSubmission")
            .WithSummary("A submission's status and diagnostics (its author and the operator).")
            .Produces<SubmissionState>();
        app.MapGet("/api/bots/{name}/source", SourceAsync)
            .WithName("GetBotSource")
            .WithSummary("A version's files (default: the newest), for the bot's owner and the operator.")
            .Produces<BotSource>();
    }

    private static async Task<IResult> SubmitAsync(
        string name, HttpContext context, ArenaDb db, ArenaGames games, ArenaOptions options, TimeProvider clock)
    {
        var cancellationToken = context.RequestAborted;
        var author = await Caller.AuthorAsync(context, db);
        if (author is null) return Problems.Unauthorized();
        if (!Names.IsValid(name)) return Problems.BadRequest($"'{Submissions.Display(name)}' is not a bot name: {Names.Rule}");
        var (body, problem) = await RequestBody.ReadAsync<SubmissionBody>(context.Request, options.MaxBodyBytes, cancellationToken);
        if (problem is not null) return problem;
        var (request, refusal, _) = Submissions.Validate(body!, games, options, JudgeMode.Build);
        if (request is null) return Problems.BadRequest(refusal!);

        var bot = await db.Bots.SingleOrDefaultAsync(b => b.Name == name, cancellationToken);
        if (bot is not null && bot.AuthorId != author.Id) return Problems.Forbidden($"the bot '{name}' belongs to another author");
        if (bot is not null && bot.Game != request.Game) return Problems.Conflict($"the bot '{name}' plays {bot.Game}, not {request.Game}");
        var now = clock.GetUtcNow().UtcDateTime;
        var hourAgo = now.AddHours(-1);
        var recent = await db.Versions.CountAsync(v => v.Bot!.AuthorId == author.Id && v.SubmittedAt > hourAgo, cancellationToken);
        if (recent >= options.SubmissionsPerHour)
            return Problems.TooMany($"an author may submit {options.SubmissionsPerHour} versions an hour; try again later");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (bot is null)
        {
            var initial = Rating.Initial;
            bot = new Bot
            {
                Name = name, AuthorId = author.Id, Game = request.Game, CreatedAt = now,
                Rating = initial.Value, Deviation = initial.Deviation, Volatility = initial.Volatility,
            };
            db.Bots.Add(bot);
        }
        bot.LastVersionNumber++;
        var version = new BotVersion
        {
            Bot = bot, Number = bot.LastVersionNumber, Status = SubmissionStatus.Queued, SubmittedAt = now,
            FilesJson = JsonSerializer.Serialize(request.Files, ArenaJson.Options),
        };
        db.Versions.Add(version);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request made a bot of that name, or a version of this bot, at the same moment.
            return Problems.Conflict($"the bot '{name}' was changed by another request at the same moment; submit again");
        }
        db.Jobs.Add(DatabaseJobQueue.NewJob(JobKind.Judge, version.Id, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Results.Accepted($"/api/submissions/{version.Id}", new SubmissionAccepted(bot.Name, version.Number, version.Id));
    }

    private static async Task<IResult> SubmissionAsync(long id, HttpContext context, ArenaDb db)
    {
        var author = await Caller.AuthorAsync(context, db);
        if (author is null) return Problems.Unauthorized();
        var version = await db.Versions.AsNoTracking().Include(v => v.Bot).SingleOrDefaultAsync(v => v.Id == id, context.RequestAborted);
        if (version is null) return Problems.NotFound($"no submission {id}");
        if (!Caller.MayRead(author, version.Bot!.AuthorId)) return Problems.Forbidden("a submission is shown to its author and the operator only");
        return Results.Ok(new SubmissionState(version.Id, version.Bot.Name, version.Number, version.Status, DiagnosticsOf(version.ReportJson), version.Failure));
    }

    private static async Task<IResult> SourceAsync(string name, int? version, HttpContext context, ArenaDb db)
    {
        var author = await Caller.AuthorAsync(context, db);
        if (author is null) return Problems.Unauthorized();
        if (!Names.IsValid(name)) return Problems.BadRequest($"'{Submissions.Display(name)}' is not a bot name: {Names.Rule}");
        var bot = await db.Bots.AsNoTracking().SingleOrDefaultAsync(b => b.Name == name, context.RequestAborted);
        if (bot is null) return Problems.NotFound($"no bot '{name}'");
        if (!Caller.MayRead(author, bot.AuthorId)) return Problems.Forbidden("a bot's source is shown to its owner and the operator only");
        var number = version ?? bot.LastVersionNumber;
        var found = await db.Versions.AsNoTracking().SingleOrDefaultAsync(v => v.BotId == bot.Id && v.Number == number, context.RequestAborted);
        if (found is null) return Problems.NotFound($"the bot '{name}' has no version {number}");
        var files = JsonSerializer.Deserialize<List<SubmittedFile>>(found.FilesJson, ArenaJson.Options) ?? [];
        return Results.Ok(new BotSource(bot.Name, found.Number, found.Status, files));
    }

    /// <summary>The report's diagnostics array (empty while none is made).</summary>
    private static JsonElement DiagnosticsOf(string? reportJson)
    {
        if (!string.IsNullOrEmpty(reportJson))
        {
            using var report = JsonDocument.Parse(reportJson);
            if (report.RootElement.TryGetProperty("diagnostics", out var diagnostics)) return diagnostics.Clone();
        }
        return JsonDocument.Parse("[]").RootElement.Clone();
    }
}
