namespace RestrictedCSharp.Matches.Play;

/// <summary>
/// A bot's tick bank: the ticks of a turn it did not use flow in, up to <see cref="Cap"/>, and a turn may
/// overrun its own ticks by drawing from it. Exact and deterministic, like a time bank counted in ticks:
/// a call may spend <see cref="BudgetForTurn"/>, and the bank is then updated from the ticks the call reports.
/// The bank starts empty.
/// </summary>
internal sealed class TickBank(long ticksPerTurn, long cap)
{
    public long TicksPerTurn { get; } = ticksPerTurn > 0 ? ticksPerTurn : throw new ArgumentOutOfRangeException(nameof(ticksPerTurn), ticksPerTurn, "The ticks per turn must be positive.");

    public long Cap { get; } = cap >= 0 ? cap : throw new ArgumentOutOfRangeException(nameof(cap), cap, "The bank cap cannot be negative.");

    /// <summary>Ticks saved now.</summary>
    public long Balance { get; private set; }

    /// <summary>What the next call may spend: this turn's ticks plus the bank.</summary>
    public long BudgetForTurn => TicksPerTurn + Balance;

    /// <summary>Settles a turn in which the bot spent <paramref name="ticksUsed"/> (a failed call spent what it reports).</summary>
    public void Settle(long ticksUsed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ticksUsed);
        Balance = Math.Clamp(Balance + TicksPerTurn - ticksUsed, 0, Cap);
    }
}
