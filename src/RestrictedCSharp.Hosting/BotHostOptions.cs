using RestrictedCSharp.Protocol;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Hosting;

/// <summary>What a bot may spend and how it is loaded. Defaults are generous for honest code.</summary>
public sealed record BotHostOptions
{
    /// <summary>Deterministic ticks per call (loop iterations, method entries, …).</summary>
    public long Ticks { get; init; } = 50_000_000;

    /// <summary>Guarded frames per call on the stack at once.</summary>
    public int CallDepth { get; init; } = 10_000;

    /// <summary>Managed bytes one call may allocate.</summary>
    public long AllocatedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The runner's managed heap ceiling (GC heap hard limit), in MiB.</summary>
    public int MemoryMb { get; init; } = 256;

    /// <summary>
    /// What the runner's resident set may exceed the heap ceiling by before the host kills it: the runtime,
    /// its code and stacks live outside the managed heap.
    /// </summary>
    public int ResidentHeadroomMb { get; init; } = 128;

    /// <summary>Wall-clock deadline of one call, in ms: the backstop for work ticks cannot see.</summary>
    public int TimeoutMs { get; init; } = 2_000;

    /// <summary>Deadline of loading the bot and running its constructor, in ms.</summary>
    public int LoadTimeoutMs { get; init; } = 5_000;

    /// <summary>Refuse to run bots when any sandbox layer is missing on this machine.</summary>
    public bool RequireSandbox { get; init; }

    /// <summary>
    /// Load the assembly without the IL audit. For operators verifying that the OS layers alone contain a
    /// hostile assembly; never for submissions.
    /// </summary>
    public bool SkipAudit { get; init; }

    /// <summary>The rules the IL audit applies; null for the <c>bots</c> preset.</summary>
    public RuleSet? AuditRules { get; init; }

    /// <summary>The entry class's full name; null to find it (see <see cref="BotInterfaceName"/>).</summary>
    public string? EntryTypeName { get; init; }

    /// <summary>Full name of the game's bot interface that the entry class implements, or null.</summary>
    public string? BotInterfaceName { get; init; }

    /// <summary>The game's API assemblies the bot may use (trusted: they come from the game, not the author, and are not audited).</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>RLIMIT_CPU over a runner's whole life, or null for none.</summary>
    public int? CpuSeconds { get; init; }

    /// <summary>The runner's dll; null for the one next to this library.</summary>
    public string? RunnerPath { get; init; }

    public CallBudgets Budgets => new CallBudgets(Ticks, CallDepth, AllocatedBytes).Validate();

    internal TimeSpan CallTimeout => TimeSpan.FromMilliseconds(TimeoutMs);

    internal TimeSpan LoadTimeout => TimeSpan.FromMilliseconds(LoadTimeoutMs);

    internal long ResidentLimitBytes => ((long)MemoryMb + ResidentHeadroomMb) * 1024 * 1024;

    /// <summary>The process-level part, which decides which warm pool serves the bot.</summary>
    public RunnerSettings RunnerSettings => new()
    {
        MemoryMb = MemoryMb,
        RequireSandbox = RequireSandbox,
        CpuSeconds = CpuSeconds,
        RunnerPath = RunnerPath,
    };

    internal void Validate()
    {
        _ = Budgets;
        RunnerSettings.Validate();
        if (TimeoutMs <= 0) throw new ArgumentOutOfRangeException(nameof(TimeoutMs), TimeoutMs, "The call timeout must be positive.");
        if (LoadTimeoutMs <= 0) throw new ArgumentOutOfRangeException(nameof(LoadTimeoutMs), LoadTimeoutMs, "The load timeout must be positive.");
        if (ResidentHeadroomMb < 0) throw new ArgumentOutOfRangeException(nameof(ResidentHeadroomMb));
    }
}
