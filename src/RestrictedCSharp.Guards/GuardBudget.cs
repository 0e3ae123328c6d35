namespace RestrictedCSharp.Guards
{
    /// <summary>
    /// The runner's control over the guards: set the budget before each call into the bot, read
    /// what the call spent afterwards. Not bot-callable (the IL audit refuses references to it).
    /// </summary>
    /// <remarks>
    /// Budgets are process-wide and meant for one bot thread: call <see cref="Begin"/> and
    /// <see cref="End"/> on the thread that runs the bot. Until the first <see cref="Begin"/> and
    /// after each <see cref="End"/>, every guard trips, so bot code cannot run outside a budget.
    /// </remarks>
    public static class GuardBudget
    {
        /// <summary>Starts a call: resets ticks, depth, the allocation baseline and any trip.</summary>
        public static void Begin(GuardLimits limits)
        {
            if (limits is null)
            {
                throw new System.ArgumentNullException(nameof(limits));
            }

            GuardState.Begin(limits);
        }

        /// <summary>
        /// Ends a call: returns what it spent and closes the budget. A call that allocated more than its
        /// budget since the last check (library code between two reads of the counter) ends tripped.
        /// </summary>
        public static GuardUsage End()
        {
            GuardState.CheckFinalAllocations();
            GuardUsage usage = GuardState.Usage;
            GuardState.Close();
            return usage;
        }

        /// <summary>What the current call has spent so far.</summary>
        public static GuardUsage Usage => GuardState.Usage;

        /// <summary>
        /// Signalled when the bot thread has parked itself: it kept calling guards after a trip with
        /// the real stack nearly exhausted, so it blocks forever instead of overflowing the stack.
        /// The runner waits for this as well as for the call to return, reports <see cref="Tripped"/>,
        /// and replaces the process (<see cref="Begin"/> refuses to start another call).
        /// </summary>
        public static System.Threading.WaitHandle ParkedHandle => GuardPark.Handle;

        /// <summary>True once the bot thread has parked itself (see <see cref="ParkedHandle"/>).</summary>
        public static bool IsParked => GuardPark.IsParked;

        /// <summary>The budget the current call exceeded, or <see cref="GuardLimitKind.None"/>.</summary>
        public static GuardLimitKind Tripped => GuardState.Tripped;
    }
}
