using Microsoft.EntityFrameworkCore;
using RestrictedCSharp.Arena.Data;

namespace RestrictedCSharp.Arena;

/// <summary>Author accounts, as the operator manages them from the command line (no server needs to run).</summary>
public static class ArenaAuthors
{
    /// <summary>Adds an author and returns their token, which is shown this once and stored only as its hash.</summary>
    /// <exception cref="ArgumentException">The name is not a valid name, or an author has it already.</exception>
    public static async Task<string> AddAsync(string dataDirectory, string name, bool isOperator, CancellationToken cancellationToken = default)
    {
        if (!Names.IsValid(name)) throw new ArgumentException($"'{name}' is not an author name: {Names.Rule}", nameof(name));
        await using var db = await OpenAsync(dataDirectory, cancellationToken).ConfigureAwait(false);
        if (await db.Authors.AnyAsync(a => a.Name == name, cancellationToken).ConfigureAwait(false))
            throw new ArgumentException($"there is already an author '{name}'", nameof(name));
        var token = Tokens.New();
        db.Authors.Add(new Author { Name = name, TokenHash = Tokens.Hash(token), IsOperator = isOperator, CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return token;
    }

    /// <summary>The arena's database in <paramref name="dataDirectory"/>, created or brought to the current schema.</summary>
    public static async Task<ArenaDb> OpenAsync(string dataDirectory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(dataDirectory);
        var options = new ArenaOptions { DataDirectory = dataDirectory };
        var db = new ArenaDb(new DbContextOptionsBuilder<ArenaDb>().UseSqlite($"Data Source={options.DatabasePath};Default Timeout=30").Options);
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return db;
    }
}
