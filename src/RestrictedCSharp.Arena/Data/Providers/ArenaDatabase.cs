using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace RestrictedCSharp.Arena.Data.Providers;

/// <summary>
/// Which database holds the arena, from <see cref="ArenaOptions.Database"/>: absent, the SQLite file in the data
/// folder (the embedded default); a <c>postgres://user:password@host:port/database</c> URL or an Npgsql connection
/// string (<c>Host=…;Database=…;…</c>), PostgreSQL. Both run the same model and the same migrations: the migrations
/// name no column type, so each provider maps the CLR types itself.
/// </summary>
public sealed class ArenaDatabase
{
    private ArenaDatabase(bool isPostgres, string connectionString)
    {
        IsPostgres = isPostgres;
        ConnectionString = connectionString;
    }

    public bool IsPostgres { get; }

    /// <summary>The provider's connection string (it may hold a password: never print it; see <see cref="Describe"/>).</summary>
    public string ConnectionString { get; }

    /// <summary>The database of an arena's options.</summary>
    /// <exception cref="ArgumentException">The setting is neither a PostgreSQL URL nor a connection string.</exception>
    public static ArenaDatabase Of(ArenaOptions options) =>
        string.IsNullOrWhiteSpace(options.Database)
            // SQLite waits (up to the command timeout) for a lock instead of failing.
            ? new(false, $"Data Source={options.DatabasePath};Default Timeout=30;Pooling=True")
            : new(true, PostgresConnectionString(options.Database));

    public void Configure(DbContextOptionsBuilder builder)
    {
        // No retrying execution strategy: the arena's units of work open their own transactions, which such a strategy
        // refuses; a job whose database call failed is tried again by the queue instead.
        if (IsPostgres)
            builder.UseNpgsql(ConnectionString);
        else
            builder.UseSqlite(ConnectionString);
    }

    public DbContextOptions<ArenaDb> ContextOptions()
    {
        var builder = new DbContextOptionsBuilder<ArenaDb>();
        Configure(builder);
        return builder.Options;
    }

    /// <summary>Where the data is, for a log line: the host and database, never the password.</summary>
    public string Describe(ArenaOptions options)
    {
        if (!IsPostgres) return options.DatabasePath;
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL {builder.Database} on {builder.Host}:{builder.Port}";
    }

    /// <summary>
    /// An Npgsql connection string from a <c>postgres://</c> or <c>postgresql://</c> URL (user, password, host, port,
    /// database, and query parameters as connection-string keywords, e.g. <c>?sslmode=require</c>), or from a
    /// connection string given as it is.
    /// </summary>
    public static string PostgresConnectionString(string setting)
    {
        if (!setting.Contains("://", StringComparison.Ordinal))
        {
            try
            {
                var parsed = new NpgsqlConnectionStringBuilder(setting);
                if (string.IsNullOrEmpty(parsed.Host)) throw new ArgumentException("the connection string names no Host");
                return parsed.ConnectionString;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
            {
                throw new ArgumentException($"not a PostgreSQL connection string ({e.Message})", nameof(setting), e);
            }
        }
        if (!Uri.TryCreate(setting, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql"))
            throw new ArgumentException("the database is a postgres://user:password@host:port/database URL or a Host=…;Database=… connection string", nameof(setting));
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port };
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) builder.Database = database;
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0) builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0) throw new ArgumentException($"'{pair}' is not a key=value parameter", nameof(setting));
            try
            {
                builder[Uri.UnescapeDataString(pair[..equals])] = Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
            catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
            {
                throw new ArgumentException($"'{pair[..equals]}' is not a PostgreSQL connection parameter", nameof(setting), e);
            }
        }
        return builder.ConnectionString;
    }
}
