namespace RestrictedCSharp.Judging;

/// <summary>How <see cref="SandboxedJudge"/> judges: which games, and the bounds of a request, a worker and a reply.</summary>
public sealed record SandboxedJudgeOptions
{
    /// <summary>The game registry file (<c>rcsc-games.json</c>) the worker resolves games from.</summary>
    public required string GameRegistryPath { get; init; }

    /// <summary>The games judged; null for every game in the registry. A request for another game fails without a worker.</summary>
    public IReadOnlyList<string>? Games { get; init; }

    /// <summary>Wall-clock time from the worker's start to its reply; at the deadline its process is killed (docs/ARENA.md, "Judging").</summary>
    public TimeSpan Deadline { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The worker's memory ceiling: its resident set is watched against it (killed above it), and its managed
    /// heap is limited to three quarters of it, so that most overruns end as a clean out-of-memory reply.</summary>
    public int MemoryMegabytes { get; init; } = 512;

    /// <summary>The worker's dll; null for judging-worker/RestrictedCSharp.Judging.Worker.dll beside this library (a build's
    /// layout), else RestrictedCSharp.Judging.Worker.dll beside it (the tool package's: the worker runs on the tool's own,
    /// precompiled, assemblies).</summary>
    public string? WorkerPath { get; init; }

    /// <summary>Refuse to judge (fail) when a layer of the worker's sandbox is missing on this machine.</summary>
    public bool RequireSandbox { get; init; }

    /// <summary>Warm workers kept ready per game of <see cref="Games"/> (0: none, every judgement starts a cold worker).
    /// Each idle one holds its resident set (about 100–150 MiB) until it is used, replaced or killed (docs/ARENA.md, "Judging").</summary>
    public int PoolSize { get; init; }

    /// <summary>Workers judging at once (warm or cold; idle ones are not counted); a judgement past it waits its turn,
    /// and its deadline starts when its worker is given its request. Without it, a burst of checks would start a
    /// Roslyn process each at once.</summary>
    public int MaxWorkers { get; init; } = 2 * Environment.ProcessorCount;

    /// <summary>How long a warm worker may wait idle before it is killed and replaced by a fresh one.</summary>
    public TimeSpan PoolIdleLifetime { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Most source files in a request.</summary>
    public int MaxFiles { get; init; } = 64;

    /// <summary>Most bytes of a request as sent to the worker (JSON, UTF-8): about the sources' size.</summary>
    public int MaxRequestBytes { get; init; } = 1 << 20;

    /// <summary>Most bytes of a worker's reply (the report and, for a build, the assembly in base64).</summary>
    public int MaxReplyBytes { get; init; } = 16 << 20;

    /// <summary>Bytes of the worker's stderr kept to explain a failure.</summary>
    public int StderrBytes { get; init; } = 4096;

    internal string ResolvedWorkerPath => WorkerPath ?? DefaultWorkerPath;

    private static string DefaultWorkerPath
    {
        get
        {
            var folder = Path.GetDirectoryName(typeof(SandboxedJudgeOptions).Assembly.Location) ?? AppContext.BaseDirectory;
            var inFolder = Path.Combine(folder, WorkerFolder, WorkerFileName);
            var beside = Path.Combine(folder, WorkerFileName);
            return File.Exists(inFolder) || !File.Exists(beside) ? inFolder : beside;
        }
    }

    private const string WorkerFileName = "RestrictedCSharp.Judging.Worker.dll";

    /// <summary>The folder, beside this library, that holds the worker and everything it loads.</summary>
    internal const string WorkerFolder = "judging-worker";

    /// <summary>The largest pool per game: each idle worker is a process holding Roslyn.</summary>
    public const int MaxPoolSize = 16;

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrEmpty(GameRegistryPath);
        if (Deadline <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(Deadline), Deadline, "the deadline must be positive");
        ArgumentOutOfRangeException.ThrowIfLessThan(MemoryMegabytes, 64);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFiles, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRequestBytes, 1024);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxReplyBytes, 1024);
        ArgumentOutOfRangeException.ThrowIfNegative(StderrBytes);
        ArgumentOutOfRangeException.ThrowIfNegative(PoolSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxWorkers, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(PoolSize, MaxPoolSize);
        if (PoolIdleLifetime <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(PoolIdleLifetime), PoolIdleLifetime, "the lifetime must be positive");
    }
}
