namespace RestrictedCSharp.Arena.Tests.Services;

/// <summary>
/// The store and queue an arena test runs on: the embedded defaults (SQLite in the data folder, the queue in the
/// database), PostgreSQL with the database queue, and PostgreSQL with RabbitMQ. The ladder's tests take one of these
/// names as a parameter, so the same test runs on each. The private PostgreSQL cluster and RabbitMQ node are started
/// once for the test run, when a test first needs them, and stopped when it ends; each test has its own database and
/// its own queues. Where a service is not installed the test is skipped with the reason, except in CI (CI=true),
/// where it fails.
/// </summary>
public static class ArenaBackends
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    public const string PostgresRabbitMq = "postgres+rabbitmq";

    public static TheoryData<string> All => [Sqlite, Postgres, PostgresRabbitMq];

    private static readonly SemaphoreSlim Starting = new(1, 1);
    private static Task<PostgresServer>? _postgres;
    private static Task<RabbitMqServer>? _rabbitMq;

    static ArenaBackends() => AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();

    /// <summary>The backend <paramref name="name"/> for a test whose data folder is <paramref name="dataDirectory"/> (skips the test when its services are missing here).</summary>
    internal static async Task<ArenaBackend> OpenAsync(string name, string dataDirectory)
    {
        var id = $"t{Guid.NewGuid():N}"[..16];
        switch (name)
        {
            case Sqlite:
                return new ArenaBackend(name, dataDirectory, null, null, "rcsc");
            case Postgres:
            {
                var postgres = await PostgresAsync();
                return new ArenaBackend(name, dataDirectory, postgres.Url(await postgres.CreateDatabaseAsync(id)), null, "rcsc");
            }
            case PostgresRabbitMq:
            {
                var postgres = await PostgresAsync();
                var rabbitMq = await RabbitMqAsync();
                return new ArenaBackend(name, dataDirectory, postgres.Url(await postgres.CreateDatabaseAsync(id)), rabbitMq.Url, id);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "not a backend");
        }
    }

    /// <summary>The run's PostgreSQL cluster (started on first use).</summary>
    internal static Task<PostgresServer> PostgresAsync() => StartAsync(ref _postgres, PostgresServer.Unavailable, PostgresServer.StartNewAsync);

    /// <summary>The run's RabbitMQ node (started on first use).</summary>
    internal static Task<RabbitMqServer> RabbitMqAsync() => StartAsync(ref _rabbitMq, RabbitMqServer.Unavailable, RabbitMqServer.StartNewAsync);

    private static Task<T> StartAsync<T>(ref Task<T>? started, Func<string?> unavailable, Func<Task<T>> start)
    {
        if (unavailable() is { } reason)
        {
            if (ServiceProcess.InCi) throw new InvalidOperationException($"CI needs this service: {reason}");
            Skip.If(true, reason);
        }
        Starting.Wait();
        try
        {
            // One start for the run; a start that failed fails every test that needs the service, with its reason.
            return started ??= Task.Run(start);
        }
        finally
        {
            Starting.Release();
        }
    }

    private static void StopAll()
    {
        var servers = new List<IAsyncDisposable>();
        if (_postgres is { IsCompletedSuccessfully: true } postgres) servers.Add(postgres.Result);
        if (_rabbitMq is { IsCompletedSuccessfully: true } rabbitMq) servers.Add(rabbitMq.Result);
        foreach (var server in servers)
        {
            try
            {
                server.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(30));
            }
            catch (AggregateException)
            {
                // Stopping at exit is best effort: the temp folder's name says which service left it.
            }
        }
    }
}

/// <summary>One test's store and queue: its options for the arena (and for adding authors).</summary>
internal sealed record ArenaBackend(string Name, string DataDirectory, string? Database, string? Broker, string QueuePrefix)
{
    public ArenaOptions Apply(ArenaOptions options) =>
        options with { DataDirectory = DataDirectory, Database = Database, Broker = Broker, BrokerQueuePrefix = QueuePrefix };

    public ArenaOptions Options => Apply(new ArenaOptions { DataDirectory = DataDirectory });
}
