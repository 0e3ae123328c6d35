namespace RestrictedCSharp
{
    /// <summary>
    /// The tick budget of the current call, as a bot may read it: what Battlecode calls bytecodes left.
    /// A search can stop in time without a clock, and because ticks are a deterministic count the
    /// readings are the same on every run, machine and JIT tier, so a replay stays exact.
    /// </summary>
    /// <remarks>
    /// The only bot-callable type of the guard runtime besides the inserted guards. Readings are exact:
    /// the settled count plus what the current segment has used. Reading costs what any library call
    /// costs; outside a call (no budget open) every reading is 0.
    /// </remarks>
    public static class Budget
    {
        /// <summary>Ticks this call may still spend before it ends with <c>tick-limit</c> (never negative).</summary>
        public static long TicksLeft => Guards.GuardState.TicksLeftReading;

        /// <summary>Ticks this call has spent so far.</summary>
        public static long TicksUsed => Guards.GuardState.TicksUsedReading;

        /// <summary>The tick budget of this call: <see cref="TicksUsed"/> + <see cref="TicksLeft"/> while within it.</summary>
        public static long TickLimit => Guards.GuardState.TickLimitReading;
    }
}
