using Microsoft.EntityFrameworkCore;
using RestrictedCSharp.Arena.Data;

namespace RestrictedCSharp.Arena.Jobs;

/// <summary>A recorded match's seats as a job names them, in seat order: each bot's name and its version's build. What is ordered and what an outcome is checked against.</summary>
internal static class MatchSeats
{
    /// <exception cref="InvalidDataException">A seat's version has no build.</exception>
    public static async Task<List<SeatOrder>> ReadAsync(ArenaDb db, MatchRecord match, CancellationToken cancellationToken)
    {
        var ordered = match.Seats.OrderBy(s => s.Seat).ToList();
        var versionIds = ordered.Select(s => s.VersionId).ToList();
        var versions = await db.Versions.AsNoTracking().Include(v => v.Bot).Where(v => versionIds.Contains(v.Id))
            .ToDictionaryAsync(v => v.Id, cancellationToken).ConfigureAwait(false);
        return [.. ordered.Select(s => new SeatOrder(versions[s.VersionId].Bot!.Name, versions[s.VersionId].ArtifactHash
            ?? throw new InvalidDataException($"version {s.VersionId} has no build")))];
    }
}
