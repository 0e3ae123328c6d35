using Microsoft.EntityFrameworkCore;

namespace RestrictedCSharp.Arena.Data.Providers;

/// <summary>
/// Row locks a read-modify-write needs on a server database. SQLite lets one write transaction run at a time, so a
/// transaction that has written once reads what the previous writer committed; PostgreSQL runs them side by side at
/// read committed, where two matches of the same bot finishing at once would both read its rating before either
/// wrote it, and one update would be lost.
/// </summary>
internal static class RowLocks
{
    /// <summary>Locks these bots' rows until the caller's transaction ends (in id order, so two callers never deadlock).</summary>
    public static async Task BotsAsync(ArenaDb db, IEnumerable<long> ids, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql()) return;
        var ordered = ids.Distinct().Order().ToArray();
        await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM "bots" WHERE "Id" = ANY({ordered}) ORDER BY "Id" FOR UPDATE""", cancellationToken).ConfigureAwait(false);
    }
}
