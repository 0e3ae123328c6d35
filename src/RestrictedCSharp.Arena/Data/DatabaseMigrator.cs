using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace RestrictedCSharp.Arena.Data;

/// <summary>Brings the database to the current schema (EF Core migrations) before anything else starts.</summary>
public sealed class DatabaseMigrator(IDbContextFactory<ArenaDb> databases) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        // SQLite: readers do not wait for the writer, and a crash never leaves a half-written page.
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
