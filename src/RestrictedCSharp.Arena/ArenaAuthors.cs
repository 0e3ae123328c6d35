using Microsoft.EntityFrameworkCore;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Data.Providers;

namespace RestrictedCSharp.Arena;

/// <summary>Author accounts, as the operator manages them from the command line (no server needs to run).</summary>
public static class ArenaAuthors
{
    /// <summary>Adds an author and returns their token, which is shown this once and stored only as its hash.</summary>
    /// <exception cref="ArgumentException">The name is not a valid name, or an author has it already.</exception>
    public static Task<string> AddAsync(string dataDirectory, string name, bool isOperator, CancellationToken cancellationToken = default) =>
        AddAsync(new ArenaOptions { DataDirectory = dataDirectory }, name, isOperator, cancellationToken);

    /// <summary>Adds an author to the database <paramref name="options"/> name (the SQLite file of its data folder, or PostgreSQL).</summary>
    public static async Task<string> AddAsync(ArenaOptions options, string name, bool isOperator, CancellationToken cancellationToken = default)
    {
        if (!Names.IsValid(name)) throw new ArgumentException($"'{name}' is not an author name: {Names.Rule}", nameof(name));
        await using var db = await OpenAsync(options, cancellationToken).ConfigureAwait(false);
        if (await db.Authors.AnyAsync(a => a.Name == name, cancellationToken).ConfigureAwait(false))
            throw new ArgumentException($"there is already an author '{name}'", nameof(name));
        var token = Tokens.New();
        db.Authors.Add(new Author { Name = name, TokenHash = Tokens.Hash(token), IsOperator = isOperator, CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return token;
    }

    /// <summary>The arena's database in <paramref name="dataDirectory"/>, created or brought to the current schema.</summary>
    public static Task<ArenaDb> OpenAsync(string dataDirectory, CancellationToken cancellationToken = default) =>
        OpenAsync(new ArenaOptions { DataDirectory = dataDirectory }, cancellationToken);

    /// <summary>The database <paramref name="options"/> name, created or brought to the current schema.</summary>
    public static async Task<ArenaDb> OpenAsync(ArenaOptions options, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(options.DataDirectory);
        var db = new ArenaDb(ArenaDatabase.Of(options).ContextOptions());
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return db;
    }
}
