namespace RestrictedCSharp.Arena;

/// <summary>How an arena runs: where it keeps its data, which games it hosts, how much it plays at once, its limits.</summary>
public sealed record ArenaOptions
{
    /// <summary>The data folder: the SQLite database (arena.db) and the bot store (bots/).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The game registry file (null: found as the CLI finds it, see GameRegistry.Find).</summary>
    public string? GameRegistryPath { get; init; }

    /// <summary>The games hosted (names in the registry); empty: every registered game.</summary>
    public IReadOnlyList<string> Games { get; init; } = [];

    /// <summary>Matches played at once.</summary>
    public int MatchSlots { get; init; } = Environment.ProcessorCount;

    /// <summary>Submissions judged at once (each in its own compile worker).</summary>
    public int JudgeSlots { get; init; } = 1;

    /// <summary>Wall-clock time a compile worker has to judge one submission before it is killed (docs/ARENA.md, "Judging").</summary>
    public TimeSpan JudgeDeadline { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A compile worker's memory ceiling, in MiB (its resident set; its managed heap gets three quarters).</summary>
    public int JudgeMemoryMegabytes { get; init; } = 512;
    /// <summary>Warm compile workers kept ready per hosted game (0: a cold worker per judgement); each idle one holds
    /// its resident set, about 100–150 MiB (docs/ARENA.md, "Judging").</summary>
    public int JudgePool { get; init; } = 1;

    /// <summary>Placement matches a newly accepted version plays at once.</summary>
    public int PlacementMatches { get; init; } = 4;

    /// <summary>Whether the matchmaker keeps the ladder playing once placement is done.</summary>
    public bool ContinuousLadder { get; init; } = true;

    /// <summary>How often the matchmaker looks for room in the queue.</summary>
    public TimeSpan LadderInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The most ladder matches waiting or playing per game: the matchmaker enqueues no more (back-pressure).</summary>
    public int LadderQueueDepth { get; init; } = 2 * Environment.ProcessorCount;

    /// <summary>Each game's settings for ladder and challenge matches (game name → setting → value); absent ones take the game's defaults.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Settings { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>Ticks per turn for every match (null: the game's rules' <c>limit ticks</c>).</summary>
    public long? TicksPerTurn { get; init; }

    /// <summary>How long a slot holds a job before another may take it, unless renewed.</summary>
    public TimeSpan JobLease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Times a job is started before it is given up as failed.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>The largest request body accepted, in bytes.</summary>
    public int MaxBodyBytes { get; init; } = 1 << 20;

    /// <summary>The most files in one submission.</summary>
    public int MaxFiles { get; init; } = 32;

    /// <summary>Checks per client per minute on <c>POST /api/check</c>.</summary>
    public int ChecksPerMinute { get; init; } = 30;

    /// <summary>Checks one client may have in flight on <c>POST /api/check</c>.</summary>
    public int ChecksInFlightPerClient { get; init; } = 1;

    /// <summary>Checks judged at once, all clients together; the compile workers beyond these stay free for
    /// submissions (the judge runs up to twice the cores' count).</summary>
    public int ChecksAtOnce { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Submissions per author per hour.</summary>
    public int SubmissionsPerHour { get; init; } = 60;

    /// <summary>Challenges per author per hour.</summary>
    public int ChallengesPerHour { get; init; } = 60;

    /// <summary>The database (null: the SQLite file in the data folder); a postgres:// URL or a Host=… connection string: PostgreSQL (see Data.Providers.ArenaDatabase).</summary>
    public string? Database { get; init; }

    /// <summary>The job queue's broker (null: the queue in the database); an amqp:// URL: RabbitMQ, with workers (see Jobs.Broker.BrokerServices).</summary>
    public string? Broker { get; init; }

    /// <summary>The start of the broker's queue names (Jobs.Broker.BrokerQueues: orders per job kind, results, dead letters).</summary>
    public string BrokerQueuePrefix { get; init; } = "rcsc";

    public string DatabasePath => Path.Combine(DataDirectory, "arena.db");

    public string BotStorePath => Path.Combine(DataDirectory, "bots");
}
