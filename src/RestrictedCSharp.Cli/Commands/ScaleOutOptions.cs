using System.CommandLine;
using RestrictedCSharp.Arena.Data.Providers;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>
/// <c>--database</c> and <c>--broker</c>: the arena's store and job queue on PostgreSQL and RabbitMQ instead of the
/// embedded SQLite file and database queue (docs/SCALING.md). Checked before anything starts, so a typo is a usage
/// error (exit 2), not a server that fails later.
/// </summary>
internal static class ScaleOutOptions
{
    public static Option<string?> Database() => new("--database")
    {
        Description = "The database: a postgres://USER:PASSWORD@HOST:PORT/DB URL or a Host=...;Database=... connection string (default: SQLite in --data).",
        HelpName = "URL",
    };

    public static Option<string?> Broker() => new("--broker")
    {
        Description = "The job queue's RabbitMQ broker: amqp://USER:PASSWORD@HOST:PORT/VHOST (default: the queue in the database).",
        HelpName = "URL",
    };

    /// <exception cref="CliException">Not a PostgreSQL URL or connection string.</exception>
    public static string? ReadDatabase(ParseResult parsed, Option<string?> option)
    {
        var value = parsed.GetValue(option);
        if (value is null) return null;
        try
        {
            _ = ArenaDatabase.PostgresConnectionString(value);
            return value;
        }
        catch (ArgumentException e)
        {
            // The message names the problem, never the value (it may hold a password).
            throw new CliException($"--database: {e.Message.Split(" (Parameter")[0]}");
        }
    }

    /// <exception cref="CliException">Not an amqp:// or amqps:// URL.</exception>
    public static string? ReadBroker(ParseResult parsed, Option<string?> option)
    {
        var value = parsed.GetValue(option);
        if (value is null) return null;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps") || uri.Host.Length == 0)
            throw new CliException("--broker: the broker is an amqp://USER:PASSWORD@HOST:PORT/VHOST URL");
        return value;
    }

    public static Option<string?> QueuePrefix() => new("--queue-prefix")
    {
        Description = "The start of the broker's queue names, the same for the server and its workers (default: rcsc).",
        HelpName = "NAME",
    };

    /// <exception cref="CliException">Not 1 to 64 letters, digits, '.', '-' or '_'.</exception>
    public static string ReadQueuePrefix(ParseResult parsed, Option<string?> option)
    {
        var value = parsed.GetValue(option) ?? "rcsc";
        if (value.Length is 0 or > 64 || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
            throw new CliException("--queue-prefix: 1 to 64 letters, digits, '.', '-' or '_'");
        return value;
    }
}
