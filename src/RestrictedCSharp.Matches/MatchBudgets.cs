namespace RestrictedCSharp.Matches;

/// <summary>
/// What each bot may spend in a match. Ticks are the fair budget (the same on every machine); the wall-clock
/// timeout is only the backstop for work ticks cannot see.
/// </summary>
/// <param name="TicksPerTurn">Deterministic ticks one turn's call may spend (plus the bank).</param>
/// <param name="BankCap">The most unused ticks a bot may save for later turns; 0 for no bank.</param>
/// <param name="MaxFailures">Consecutive failed turns after which a bot is eliminated.</param>
/// <param name="TimeoutMs">Wall-clock deadline of one call.</param>
/// <param name="CallDepth">Guarded frames one call may have on the stack.</param>
/// <param name="AllocatedBytes">Managed bytes one call may allocate.</param>
/// <param name="MemoryMb">Each runner's managed heap ceiling.</param>
public sealed record MatchBudgets(
    long TicksPerTurn = 10_000_000,
    long BankCap = 0,
    int MaxFailures = 3,
    int TimeoutMs = MatchBudgets.MinimumDefaultTimeoutMs,
    int CallDepth = 1_000,
    long AllocatedBytes = 64L * 1024 * 1024,
    int MemoryMb = 256)
{
    /// <summary>
    /// The least wall-clock backstop a match uses unless told otherwise. Ticks are a match's budget; the
    /// backstop only catches what ticks cannot see, and a bot's first call also pays for JIT-compiling the
    /// bot and the view's deserializer, which on a loaded machine takes longer than a second. A timeout is
    /// not deterministic, so it must not fire for honest bots.
    /// </summary>
    public const int MinimumDefaultTimeoutMs = 5_000;

    /// <exception cref="ArgumentOutOfRangeException">A budget is out of range.</exception>
    public MatchBudgets Validate()
    {
        if (TicksPerTurn <= 0) throw new ArgumentOutOfRangeException(nameof(TicksPerTurn), TicksPerTurn, "The ticks per turn must be positive.");
        if (BankCap < 0) throw new ArgumentOutOfRangeException(nameof(BankCap), BankCap, "The tick bank cannot be negative.");
        if (long.MaxValue - TicksPerTurn < BankCap) throw new ArgumentOutOfRangeException(nameof(BankCap), BankCap, "The ticks per turn plus the bank do not fit in 64 bits.");
        if (MaxFailures < 1) throw new ArgumentOutOfRangeException(nameof(MaxFailures), MaxFailures, "The failures before elimination must be at least 1.");
        if (TimeoutMs <= 0) throw new ArgumentOutOfRangeException(nameof(TimeoutMs), TimeoutMs, "The call timeout must be positive.");
        if (CallDepth <= 0) throw new ArgumentOutOfRangeException(nameof(CallDepth), CallDepth, "The call depth must be positive.");
        if (AllocatedBytes <= 0) throw new ArgumentOutOfRangeException(nameof(AllocatedBytes), AllocatedBytes, "The allocation budget must be positive.");
        if (MemoryMb <= 0) throw new ArgumentOutOfRangeException(nameof(MemoryMb), MemoryMb, "The memory ceiling must be positive.");
        return this;
    }
}
