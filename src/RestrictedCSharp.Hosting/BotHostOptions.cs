using RestrictedCSharp.Protocol;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Hosting;

/// <summary>
/// How a bot is loaded, and any budgets that replace the bot's own. A budget left null is the one the bot was
/// built under (its build manifest's), else the audit rules' (<see cref="BotBudgets.FromRules"/>): the numbers
/// and their ranges are the rules' limit table's, nowhere else.
/// </summary>
public sealed record BotHostOptions
{
    /// <summary>Deterministic ticks per call (loop iterations, method entries, …); null for the bot's.</summary>
    public long? Ticks { get; init; }

    /// <summary>Guarded frames per call on the stack at once; null for the bot's.</summary>
    public int? CallDepth { get; init; }

    /// <summary>Managed bytes one call may allocate; null for the bot's.</summary>
    public long? AllocatedBytes { get; init; }

    /// <summary>The runner's managed heap ceiling (GC heap hard limit), in MiB; null for the bot's.</summary>
    public int? MemoryMb { get; init; }

    /// <summary>Wall-clock deadline of one call, in ms: the backstop for work ticks cannot see; null for the bot's.</summary>
    public int? TimeoutMs { get; init; }

    /// <summary>
    /// What the runner's resident set may exceed the heap ceiling by before the host kills it: the runtime,
    /// its code and stacks live outside the managed heap.
    /// </summary>
    public int ResidentHeadroomMb { get; init; } = 128;

    /// <summary>Deadline of loading the bot and running its constructor, in ms.</summary>
    public int LoadTimeoutMs { get; init; } = 5_000;

    /// <summary>Refuse to run bots when any sandbox layer is missing on this machine.</summary>
    public bool RequireSandbox { get; init; }

    /// <summary>
    /// Load the assembly without the IL audit. For operators verifying that the OS layers alone contain a
    /// hostile assembly; never for submissions.
    /// </summary>
    public bool SkipAudit { get; init; }

    /// <summary>
    /// The rules the IL audit applies: the game's rules, the ones the bot was built under. Required unless
    /// <see cref="SkipAudit"/>: there is no default, so a host never audits by rules it was not given.
    /// </summary>
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

    /// <summary>
    /// The budgets a bot runs under: each one set here, else <paramref name="built"/>'s (the budgets in the bot's
    /// build manifest, when it has one), else the audit rules'.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A budget is out of its limit's range.</exception>
    public BotBudgets BudgetsFor(BotBudgets? built)
    {
        var bot = built ?? (AuditRules is { } rules ? BotBudgets.FromRules(rules) : BotBudgets.Default);
        return new BotBudgets(
            Ticks ?? bot.Ticks, CallDepth ?? bot.CallDepth, AllocatedBytes ?? bot.AllocatedBytes, MemoryMb ?? bot.MemoryMb, TimeoutMs ?? bot.TimeoutMs)
            .Validate();
    }

    /// <summary>The process-level part for a bot without a manifest, which decides which warm pool serves it.</summary>
    public RunnerSettings RunnerSettings => RunnerSettingsFor(BudgetsFor(built: null));

    /// <summary>The process-level part for a bot of these budgets, which decides which warm pool serves it.</summary>
    public RunnerSettings RunnerSettingsFor(BotBudgets budgets) => new()
    {
        MemoryMb = budgets.MemoryMb,
        RequireSandbox = RequireSandbox,
        CpuSeconds = CpuSeconds,
        RunnerPath = RunnerPath,
    };

    internal TimeSpan LoadTimeout => TimeSpan.FromMilliseconds(LoadTimeoutMs);

    /// <summary>The options' own values (budgets are checked once the bot's are known, <see cref="BudgetsFor"/>).</summary>
    internal void Validate()
    {
        RunnerSettings.Validate();
        if (LoadTimeoutMs <= 0) throw new ArgumentOutOfRangeException(nameof(LoadTimeoutMs), LoadTimeoutMs, "The load timeout must be positive.");
        if (ResidentHeadroomMb < 0) throw new ArgumentOutOfRangeException(nameof(ResidentHeadroomMb));
        if (!SkipAudit && AuditRules is null)
            throw new ArgumentException("The IL audit needs the rules the bot was built under: set AuditRules (or SkipAudit to load without the audit).", nameof(AuditRules));
    }
}
