using System.Diagnostics;
using Npgsql;

namespace RestrictedCSharp.Arena.Tests.Services;

/// <summary>
/// A private PostgreSQL cluster for tests: <c>initdb</c> in a temp folder, <c>pg_ctl</c> on a free port on the loopback
/// (and its socket in that folder), trust authentication for the user <c>arena</c>. PostgreSQL refuses to run as
/// root, so under root it runs as the <c>postgres</c> user of Debian's package. Started and stopped with deadlines;
/// <see cref="StopAsync"/> and <see cref="StartAsync"/> may be called again on the same cluster (a restart keeps its data).
/// </summary>
internal sealed class PostgresServer : IAsyncDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);
    private const string User = "arena";
    private const string RunAs = "postgres";

    private readonly string _bin;
    private readonly string _folder;
    private bool _running;

    private PostgresServer(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string DataFolder => Path.Combine(_folder, "data");

    /// <summary>The folder of <c>initdb</c> and <c>pg_ctl</c>: Debian's newest /usr/lib/postgresql/N/bin, else PATH; null when PostgreSQL is not installed.</summary>
    public static string? FindBinaries()
    {
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.EnumerateDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).FirstOrDefault()
            : null;
        if (debian is not null) return debian;
        var initdb = ServiceProcess.Find("initdb");
        return initdb is null ? null : Path.GetDirectoryName(initdb);
    }

    /// <summary>Why a cluster cannot be made here (null: it can).</summary>
    public static string? Unavailable()
    {
        if (FindBinaries() is null) return "PostgreSQL is not installed (apt-get install postgresql; see README)";
        if (ServiceProcess.IsRoot && ServiceProcess.Find("runuser") is null) return "running as root, and runuser is missing to run PostgreSQL as another user";
        return null;
    }

    /// <summary>A new cluster, started.</summary>
    public static async Task<PostgresServer> StartNewAsync()
    {
        var bin = FindBinaries() ?? throw new InvalidOperationException(Unavailable());
        var folder = Directory.CreateTempSubdirectory("rcsc-postgres-").FullName;
        var server = new PostgresServer(bin, folder, ServiceProcess.FreePort());
        try
        {
            if (ServiceProcess.IsRoot) await ServiceProcess.RunAsync("chown", [$"{RunAs}:", folder], Deadline);
            await server.RunAsync("initdb", ["-D", server.DataFolder, "-U", User, "--auth=trust", "-E", "UTF8", "--no-sync"]);
            await server.StartAsync();
            server.Watch();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// When the test process ends without stopping the cluster (a test host killed at the end of the run, say), a
    /// detached watcher stops it and removes its folder.
    /// </summary>
    private void Watch()
    {
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false };
        string[] stop = ServiceProcess.IsRoot
            ? ["runuser", "-u", RunAs, "--", Path.Combine(_bin, "pg_ctl"), "-D", DataFolder, "-m", "fast", "-w", "stop"]
            : [Path.Combine(_bin, "pg_ctl"), "-D", DataFolder, "-m", "fast", "-w", "stop"];
        foreach (var argument in (string[])[
            "sh", "-c", """
                exec </dev/null >/dev/null 2>&1
                watched=$0; folder=$1; shift
                while kill -0 "$watched"; do sleep 1; done
                "$@"; rm -rf "$folder"
                """, Environment.ProcessId.ToString(), _folder, .. stop])
            start.ArgumentList.Add(argument);
        using var watcher = Process.Start(start);
    }

    public async Task StartAsync()
    {
        // fsync off: a test cluster trades durability against a power cut for speed; a process crash loses nothing.
        await RunAsync("pg_ctl", [
            "-D", DataFolder, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", ((int)Deadline.TotalSeconds).ToString(),
            "-o", $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start"]);
        _running = true;
    }

    public async Task StopAsync()
    {
        if (!_running) return;
        _running = false;
        NpgsqlConnection.ClearAllPools();
        await RunAsync("pg_ctl", ["-D", DataFolder, "-m", "fast", "-w", "-t", ((int)Deadline.TotalSeconds).ToString(), "stop"]);
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = User, Database = database }.ConnectionString;

    /// <summary>The URL form <c>rcsc serve --database</c> takes.</summary>
    public string Url(string database) => $"postgres://{User}@127.0.0.1:{Port}/{database}";

    /// <summary>A new, empty database.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return name;
    }

    private async Task RunAsync(string tool, IReadOnlyList<string> arguments)
    {
        var path = Path.Combine(_bin, tool);
        try
        {
            if (ServiceProcess.IsRoot) await ServiceProcess.RunAsync("runuser", ["-u", RunAs, "--", path, .. arguments], Deadline);
            else await ServiceProcess.RunAsync(path, arguments, Deadline);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            throw new InvalidOperationException($"{e.Message}\nserver log:\n{ServiceProcess.Tail(Path.Combine(_folder, "server.log"))}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
