using System;

namespace RestrictedCSharp.Guards
{
    /// <summary>The budgets for one call into a bot. Set by the runner through <see cref="GuardBudget"/>.</summary>
    public sealed class GuardLimits
    {
        /// <summary>Creates budgets; every value must be positive.</summary>
        /// <param name="ticks">Deterministic ticks the call may spend.</param>
        /// <param name="callDepth">Guarded frames the call may have on the stack at once (beyond 16,777,214, that many: no real stack holds more).</param>
        /// <param name="allocatedBytes">Managed bytes the call may allocate on its thread.</param>
        public GuardLimits(long ticks, int callDepth, long allocatedBytes)
        {
            if (ticks <= 0) throw new ArgumentOutOfRangeException(nameof(ticks), ticks, "The tick budget must be positive.");
            if (callDepth <= 0) throw new ArgumentOutOfRangeException(nameof(callDepth), callDepth, "The call-depth budget must be positive.");
            if (allocatedBytes <= 0) throw new ArgumentOutOfRangeException(nameof(allocatedBytes), allocatedBytes, "The allocation budget must be positive.");
            Ticks = ticks;
            CallDepth = callDepth;
            AllocatedBytes = allocatedBytes;
        }

        /// <summary>Deterministic ticks the call may spend.</summary>
        public long Ticks { get; }

        /// <summary>Guarded frames the call may have on the stack at once.</summary>
        public int CallDepth { get; }

        /// <summary>Managed bytes the call may allocate on its thread.</summary>
        public long AllocatedBytes { get; }

        /// <inheritdoc/>
        public override string ToString() => $"ticks={Ticks}, depth={CallDepth}, bytes={AllocatedBytes}";
    }
}
