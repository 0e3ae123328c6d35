namespace RestrictedCSharp.Guards
{
    /// <summary>Thrown when a call nests deeper than its call-depth budget or nears the end of the real stack.</summary>
    public sealed class StackLimitExceededException : GuardLimitExceededException
    {
        internal StackLimitExceededException(int limit, bool realStackExhausted)
            : base(realStackExhausted
                ? "The bot nested so deep that the thread's stack is nearly exhausted."
                : $"The bot exceeded its call-depth budget of {limit} frames.")
        {
        }

        /// <inheritdoc/>
        public override GuardLimitKind Limit => GuardLimitKind.CallDepth;
    }
}
