namespace RestrictedCSharp.Protocol;

/// <summary>The per-call budgets the guards enforce; reset before every call.</summary>
/// <param name="Ticks">Deterministic ticks one call may spend.</param>
/// <param name="CallDepth">Guarded frames one call may have on the stack at once.</param>
/// <param name="AllocatedBytes">Managed bytes one call may allocate.</param>
public sealed record CallBudgets(long Ticks, int CallDepth, long AllocatedBytes)
{
    /// <summary>Throws when a budget is not positive (the guards accept only positive budgets).</summary>
    public CallBudgets Validate()
    {
        if (Ticks <= 0) throw new ArgumentOutOfRangeException(nameof(Ticks), Ticks, "The tick budget must be positive.");
        if (CallDepth <= 0) throw new ArgumentOutOfRangeException(nameof(CallDepth), CallDepth, "The call-depth budget must be positive.");
        if (AllocatedBytes <= 0) throw new ArgumentOutOfRangeException(nameof(AllocatedBytes), AllocatedBytes, "The allocation budget must be positive.");
        return this;
    }
}
