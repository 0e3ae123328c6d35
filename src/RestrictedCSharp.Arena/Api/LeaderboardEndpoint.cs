using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace RestrictedCSharp.Arena.Api;

public sealed record LeaderboardRow(string Bot, string Author, int Version, double Rating, double Deviation, int Played, int Wins, int Losses, int Draws);

/// <summary><c>GET /api/leaderboard?game=NAME</c>: every bot with an accepted version, by rating.</summary>
public static class LeaderboardEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/leaderboard", async (string? game, Data.ArenaDb db, ArenaGames games, CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrEmpty(game)) return Problems.BadRequest("?game=NAME names the game whose leaderboard to show");
            if (!games.TryGet(game, out _)) return Problems.BadRequest($"this arena hosts no game '{Submissions.Display(game)}'");
            return Results.Ok(await RowsAsync(db, game, cancellationToken));
        })
        .WithName("Leaderboard")
        .WithSummary("The ladder of a game: each bot's playing version, rating and record.")
        .Produces<List<LeaderboardRow>>();

    /// <summary>The game's rows, by rating (the API's and the leaderboard page's).</summary>
    internal static async Task<List<LeaderboardRow>> RowsAsync(Data.ArenaDb db, string game, CancellationToken cancellationToken)
    {
        var rows = await db.Bots.AsNoTracking()
            .Where(b => b.Game == game && b.CurrentVersionId != null)
            .Join(db.Versions, b => b.CurrentVersionId, v => v.Id, (b, v) => new { b, v.Number, Author = b.Author!.Name })
            .ToListAsync(cancellationToken);
        return rows
            .OrderByDescending(r => r.b.Rating).ThenBy(r => r.b.Name, StringComparer.Ordinal)
            .Select(r => new LeaderboardRow(r.b.Name, r.Author, r.Number, Math.Round(r.b.Rating, 2), Math.Round(r.b.Deviation, 2), r.b.Played, r.b.Wins, r.b.Losses, r.b.Draws))
            .ToList();
    }
}
