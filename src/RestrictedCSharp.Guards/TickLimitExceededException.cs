namespace RestrictedCSharp.Guards
{
    /// <summary>Thrown when a call spends more ticks than its budget.</summary>
    public sealed class TickLimitExceededException : GuardLimitExceededException
    {
        internal TickLimitExceededException(long limit)
            : base($"The bot exceeded its budget of {limit} ticks.")
        {
        }

        /// <inheritdoc/>
        public override GuardLimitKind Limit => GuardLimitKind.Ticks;
    }
}
