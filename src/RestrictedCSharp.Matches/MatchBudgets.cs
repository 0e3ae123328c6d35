using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Matches;

/// <summary>
/// What each bot may spend in a match: a bot's budgets (<see cref="BotBudgets.Ticks"/> is each turn's), the tick
/// bank, and the failed turns that eliminate. Ticks are the fair budget (the same on every machine); the
/// wall-clock timeout is only the backstop for work ticks cannot see.
/// </summary>
/// <param name="Bot">Each call's budgets: ticks per turn (plus the bank), depth, allocation, heap, backstop.</param>
/// <param name="BankCap">The most unused ticks a bot may save for later turns; 0 for no bank.</param>
/// <param name="MaxFailures">Consecutive failed turns after which a bot is eliminated.</param>
public sealed record MatchBudgets(BotBudgets Bot, long BankCap = 0, int MaxFailures = 3)
{
    /// <summary>
    /// The least wall-clock backstop a match uses unless told otherwise. Ticks are a match's budget; the
    /// backstop only catches what ticks cannot see, and a bot's first call also pays for JIT-compiling the
    /// bot and the view's deserializer, which on a loaded machine takes longer than a second. A timeout is
    /// not deterministic, so it must not fire for honest bots.
    /// </summary>
    public const int MinimumDefaultTimeoutMs = 5_000;

    /// <summary>A match under the default rules' budgets.</summary>
    public static MatchBudgets Default { get; } = ForBot(BotBudgets.Default);

    /// <summary>A match under the budgets of <paramref name="rules"/>'s <c>limit</c> lines.</summary>
    public static MatchBudgets FromRules(RuleSet rules) => ForBot(BotBudgets.FromRules(rules));

    public long TicksPerTurn => Bot.Ticks;

    /// <exception cref="ArgumentOutOfRangeException">A budget is out of range.</exception>
    public MatchBudgets Validate()
    {
        Bot.Validate();
        if (BankCap < 0) throw new ArgumentOutOfRangeException(nameof(BankCap), BankCap, "The tick bank cannot be negative.");
        if (long.MaxValue - Bot.Ticks < BankCap) throw new ArgumentOutOfRangeException(nameof(BankCap), BankCap, "The ticks per turn plus the bank do not fit in 64 bits.");
        if (MaxFailures < 1) throw new ArgumentOutOfRangeException(nameof(MaxFailures), MaxFailures, "The failures before elimination must be at least 1.");
        return this;
    }

    private static MatchBudgets ForBot(BotBudgets bot) =>
        new(bot with { TimeoutMs = Math.Max(MinimumDefaultTimeoutMs, bot.TimeoutMs) });
}
