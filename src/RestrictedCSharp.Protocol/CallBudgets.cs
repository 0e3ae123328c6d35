namespace RestrictedCSharp.Protocol;

/// <summary>
/// The per-call budgets the guards enforce, as sent to the runner; reset before every call. The host makes
/// them from a validated <c>BotBudgets</c>; the runner checks them again through the guards' own limits.
/// </summary>
/// <param name="Ticks">Deterministic ticks one call may spend.</param>
/// <param name="CallDepth">Guarded frames one call may have on the stack at once.</param>
/// <param name="AllocatedBytes">Managed bytes one call may allocate.</param>
public sealed record CallBudgets(long Ticks, int CallDepth, long AllocatedBytes);
