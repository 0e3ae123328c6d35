using System;

namespace RestrictedCSharp.Guards
{
    /// <summary>
    /// Base of the exceptions the guards throw when a budget is exceeded. The constructor is
    /// <c>private protected</c>: only this assembly can create or derive guard exceptions, so bot
    /// code can neither forge a trip nor subclass one. (C# forbids an internal base under public
    /// sealed types, so the base is public with no accessible constructor.)
    /// </summary>
    public abstract class GuardLimitExceededException : Exception
    {
        private protected GuardLimitExceededException(string message)
            : base(message)
        {
        }

        /// <summary>The budget that was exceeded.</summary>
        public abstract GuardLimitKind Limit { get; }
    }
}
