namespace RestrictedCSharp.Guards
{
    /// <summary>Thrown when a call allocates, or is about to allocate, more bytes than its budget.</summary>
    public sealed class AllocationLimitExceededException : GuardLimitExceededException
    {
        internal AllocationLimitExceededException(long limit)
            : base($"The bot exceeded its budget of {limit} allocated bytes.")
        {
        }

        /// <inheritdoc/>
        public override GuardLimitKind Limit => GuardLimitKind.AllocatedBytes;
    }
}
