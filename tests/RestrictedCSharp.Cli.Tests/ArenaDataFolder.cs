using Microsoft.Data.Sqlite;

namespace RestrictedCSharp.Cli.Tests;

/// <summary>A bot's record as the arena keeps it, beside the rated matches it finished (equal when each counted once).</summary>
internal sealed record BotCount(string Bot, int Played, int FinishedRated, int Wins, int Losses, int Draws);

/// <summary>
/// Reads a stopped or running arena's SQLite file directly, in one transaction (a consistent view while the server
/// writes): the tests' way to check that every match counted exactly once, whatever killed what.
/// </summary>
internal static class ArenaDataFolder
{
    public static SqliteConnection Open(string data)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(data, "arena.db")};Pooling=False;Default Timeout=30");
        connection.Open();
        return connection;
    }

    /// <summary>Each bot's played count and record beside the placement and ladder matches it finished.</summary>
    public static List<BotCount> BotCounts(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT b.Name, b.Played, b.Wins, b.Losses, b.Draws,
                   (SELECT COUNT(*) FROM match_seats s JOIN matches m ON m.Id = s.MatchId
                    WHERE s.BotId = b.Id AND m.Status = 'finished' AND m.Kind IN ('placement', 'ladder'))
            FROM bots b ORDER BY b.Name
            """;
        using var reader = command.ExecuteReader();
        var counts = new List<BotCount>();
        while (reader.Read())
            counts.Add(new BotCount(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(5), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4)));
        return counts;
    }

    /// <summary>The first column of every row, as numbers.</summary>
    public static List<long> Longs(SqliteConnection connection, SqliteTransaction? transaction, string sql) =>
        FirstColumn(connection, transaction, sql, reader => reader.GetInt64(0));

    /// <summary>The first column of every row, as text (null as empty).</summary>
    public static List<string> Strings(SqliteConnection connection, SqliteTransaction? transaction, string sql) =>
        FirstColumn(connection, transaction, sql, reader => reader.IsDBNull(0) ? "" : reader.GetString(0));

    private static List<T> FirstColumn<T>(SqliteConnection connection, SqliteTransaction? transaction, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<T>();
        while (reader.Read()) values.Add(read(reader));
        return values;
    }
}
