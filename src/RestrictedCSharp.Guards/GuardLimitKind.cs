namespace RestrictedCSharp.Guards
{
    /// <summary>Which per-call budget a bot exceeded.</summary>
    public enum GuardLimitKind
    {
        /// <summary>No budget has been exceeded.</summary>
        None = 0,

        /// <summary>The deterministic tick budget (reported as <c>tick-limit</c>).</summary>
        Ticks = 1,

        /// <summary>The call-depth budget, or the thread's real stack (reported as <c>stack-limit</c>).</summary>
        CallDepth = 2,

        /// <summary>The allocated-bytes budget (reported as <c>alloc-limit</c>).</summary>
        AllocatedBytes = 3,
    }
}
