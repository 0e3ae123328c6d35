namespace RestrictedCSharp.Guards
{
    /// <summary>What one call into a bot spent, read by the runner after the call.</summary>
    public readonly struct GuardUsage
    {
        internal GuardUsage(long ticksUsed, long bytesAllocated, int maxDepth, GuardLimitKind tripped)
        {
            TicksUsed = ticksUsed;
            BytesAllocated = bytesAllocated;
            MaxDepth = maxDepth;
            Tripped = tripped;
        }

        /// <summary>Ticks charged since the budget was set (at a tick trip: the charge that crossed it included).</summary>
        public long TicksUsed { get; }

        /// <summary>Managed bytes the thread allocated since the budget was set.</summary>
        public long BytesAllocated { get; }

        /// <summary>The deepest guarded call depth reached at a depth check.</summary>
        public int MaxDepth { get; }

        /// <summary>The budget that was exceeded, or <see cref="GuardLimitKind.None"/>.</summary>
        public GuardLimitKind Tripped { get; }

        /// <inheritdoc/>
        public override string ToString() => $"ticks={TicksUsed}, bytes={BytesAllocated}, maxDepth={MaxDepth}, tripped={Tripped}";
    }
}
