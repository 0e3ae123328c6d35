using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using RestrictedCSharp.Arena.Data;

namespace RestrictedCSharp.Arena.Api;

/// <summary>A version as anyone may see it: its number, status, submission id and times (its diagnostics are the owner's).</summary>
public sealed record VersionSummary(int Version, string Status, long Submission, DateTime SubmittedAt, DateTime? JudgedAt);

/// <summary>A bot as anyone may see it: owner, game, rating and record, the version that plays and every version's status.</summary>
public sealed record BotProfile(
    string Bot, string Author, string Game, double Rating, double Deviation, int Played, int Wins, int Losses, int Draws,
    int? CurrentVersion, IReadOnlyList<VersionSummary> Versions);

/// <summary><c>GET /api/bots/{name}</c>: a bot's public profile, which the bot page shows too.</summary>
public static class BotProfileEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/bots/{name}", async (string name, ArenaDb db, CancellationToken cancellationToken) =>
        {
            if (!Names.IsValid(name)) return Problems.BadRequest($"'{Submissions.Display(name)}' is not a bot name: {Names.Rule}");
            var found = await LoadAsync(db, name, cancellationToken);
            return found is null ? Problems.NotFound($"no bot '{name}'") : Results.Ok(found.Value.Profile);
        })
        .WithName("GetBot")
        .WithSummary("A bot: its author, game, rating, record, the version that plays and every version's status.")
        .Produces<BotProfile>();

    /// <summary>The bot's profile and its id, or null when there is no bot of that name.</summary>
    internal static async Task<(long Id, long AuthorId, BotProfile Profile)?> LoadAsync(ArenaDb db, string name, CancellationToken cancellationToken)
    {
        var bot = await db.Bots.AsNoTracking().Include(b => b.Author).SingleOrDefaultAsync(b => b.Name == name, cancellationToken);
        if (bot is null) return null;
        var versions = await db.Versions.AsNoTracking().Where(v => v.BotId == bot.Id).OrderByDescending(v => v.Number)
            .Select(v => new { v.Id, v.Number, v.Status, v.SubmittedAt, v.JudgedAt }).ToListAsync(cancellationToken);
        var current = versions.FirstOrDefault(v => v.Id == bot.CurrentVersionId)?.Number;
        var profile = new BotProfile(
            bot.Name, bot.Author!.Name, bot.Game, Math.Round(bot.Rating, 2), Math.Round(bot.Deviation, 2), bot.Played, bot.Wins, bot.Losses, bot.Draws,
            current, [.. versions.Select(v => new VersionSummary(v.Number, v.Status, v.Id, v.SubmittedAt, v.JudgedAt))]);
        return (bot.Id, bot.AuthorId, profile);
    }
}
