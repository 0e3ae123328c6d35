using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace RestrictedCSharp.Guards
{
    /// <summary>
    /// The guard entry points that rewritten bot code calls. The public members of this class are
    /// exactly the bot-callable surface of the guard runtime: the IL audit allows these and nothing
    /// else from this assembly (the runner's controls are on <see cref="GuardBudget"/>). Bot source
    /// may not name this namespace; only the rewriter inserts these calls.
    /// </summary>
    /// <remarks>
    /// Every method is safe for any argument: a cost can never be negative or wrap the counter, a
    /// negative size never credits the budget (the allocation that follows throws on its own), and
    /// once a budget trips every later guard throws again until the runner sets a new budget.
    /// </remarks>
    public static partial class Guard
    {
        /// <summary>Charges <paramref name="cost"/> ticks (loop bodies and <c>goto</c>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Tick(int cost)
        {
            if (cost <= 0)
            {
                ThrowInvalidCost(cost);
            }

            // Any int cost fits in the word's tick bits (see GuardState.MaximumInlineTicks).
            long counters = GuardState.s_counters - (cost * GuardState.TickUnit);
            GuardState.s_counters = counters;
            if (counters < 0)
            {
                GuardState.OnSegmentExhausted();
            }
        }

        /// <summary>
        /// Charges a whole <c>foreach</c> over an array up front: <paramref name="costPerItem"/> ticks
        /// for each element (a <c>break</c> does not refund). Returns the array unchanged, so the loop
        /// still compiles to the indexed form; a null array is returned for the loop to throw on.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T[] Iterations<T>(T[] items, int costPerItem)
            => items == null ? items! : ChargeRoundsPassing(items, (uint)items.Length, costPerItem);

        /// <summary>Charges a whole <c>foreach</c> over a two-dimensional array up front (see <see cref="Iterations{T}(T[], int)"/>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T[,] Iterations<T>(T[,] items, int costPerItem)
        {
            if (items != null)
            {
                ChargeTicks(items.LongLength, costPerItem);
            }

            return items!;
        }

        /// <summary>Charges a whole <c>foreach</c> over a string up front (see <see cref="Iterations{T}(T[], int)"/>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static string Iterations(string text, int costPerItem)
            => text == null ? text! : ChargeRoundsPassing(text, (uint)text.Length, costPerItem);

        /// <summary>
        /// Charges a whole <c>for (int i = start; i &lt; array.Length; i++)</c> up front, the array and
        /// the counter being left alone by its body: <paramref name="costPerItem"/> ticks per round.
        /// The rewriter also charges a loop between constants this way, as <c>TickLoop(rounds, 0, cost)</c>.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void TickLoop(int length, int start, int costPerItem)
        {
            // The start is a constant in rewritten code; from 0, the length (an array's, or a
            // count of rounds) is never negative, and read as unsigned a negative one charges more.
            if (start == 0)
            {
                ChargeRounds((uint)length, costPerItem);
            }
            else
            {
                ChargeTicks((long)length - start, costPerItem);
            }
        }

        /// <summary><paramref name="rounds"/> × <paramref name="costPerItem"/> ticks, for a count that cannot be negative.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void ChargeRounds(uint rounds, int costPerItem)
        {
            if (costPerItem <= 0)
            {
                ThrowInvalidCost(costPerItem);
            }

            // The cost is a constant in rewritten code: a small one needs no test of the count,
            // since 2^32 rounds of it fit in the word's tick bits.
            if (costPerItem <= GuardState.MaximumInlineCostPerRound)
            {
                long counters = GuardState.s_counters - (rounds * (costPerItem * GuardState.TickUnit));
                GuardState.s_counters = counters;
                if (counters < 0)
                {
                    GuardState.OnSegmentExhausted();
                }
            }
            else
            {
                ChargeTicks(rounds, costPerItem);
            }
        }

        /// <summary>
        /// <see cref="ChargeRounds"/> for a guard that returns <paramref name="value"/>: the value goes
        /// through the slow path and comes back, so nothing is live across the call and a leaf that
        /// loops over an array keeps its registers and a small prologue.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static T ChargeRoundsPassing<T>(T value, uint rounds, int costPerItem)
            where T : class
        {
            if (costPerItem <= 0 || costPerItem > GuardState.MaximumInlineCostPerRound)
            {
                ChargeRounds(rounds, costPerItem);
                return value;
            }

            long counters = GuardState.s_counters - (rounds * (costPerItem * GuardState.TickUnit));
            GuardState.s_counters = counters;
            return counters < 0 ? Unsafe.As<T>(GuardState.OnSegmentExhausted(value)) : value;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void ChargeTicks(long rounds, int costPerItem)
        {
            if (costPerItem <= 0)
            {
                ThrowInvalidCost(costPerItem);
            }

            // The bound is a constant once the cost is; no round never credits.
            if (rounds <= GuardState.MaximumInlineTicks / costPerItem)
            {
                long ticks = rounds <= 0 ? 0 : rounds * costPerItem;
                long counters = GuardState.s_counters - (ticks * GuardState.TickUnit);
                GuardState.s_counters = counters;
                if (counters < 0)
                {
                    GuardState.OnSegmentExhausted();
                }
            }
            else
            {
                GuardState.ChargeLarge(rounds, costPerItem);
            }
        }

        /// <summary>
        /// Charges <paramref name="cost"/> ticks and enters one guarded frame. The rewriter pairs it
        /// with <see cref="Exit"/> in a <c>finally</c>, so the depth stays right when exceptions unwind.
        /// </summary>
        /// <remarks>
        /// Depth is a frame count, not a stack measurement, so the limit is deterministic (tier-0
        /// and tier-1 code have different frame sizes). Every <see cref="GuardState.StackProbeInterval"/>
        /// frames the real stack is probed too, so frames that are unusually large, or recursion
        /// the count cannot see, still end as a stack-limit and never as a stack overflow. The tick
        /// and the frame are one addition to one word, and one test covers the ticks and the depth
        /// limit (see <see cref="GuardState"/>).
        /// </remarks>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Enter(int cost)
        {
            if (cost <= 0)
            {
                ThrowInvalidCost(cost);
            }

            long counters = GuardState.s_counters + (1 - (cost * GuardState.TickUnit));
            GuardState.s_counters = counters;
            if (counters < 0 || ((int)counters & (GuardState.StackProbeInterval - 1)) == 0)
            {
                GuardState.OnEnterChecks();
            }
        }

        /// <summary>
        /// Probes the real stack at the entry of a function whose frame is large (the rewriter inserts it
        /// after <see cref="Enter"/> where its estimate says so): the depth guard probes only every
        /// <see cref="GuardState.StackProbeInterval"/> frames, which a few large frames would overrun.
        /// Ends the call at the stack limit when less than the runtime's reserve is left.
        /// </summary>
        public static void ProbeStack()
        {
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                GuardState.OnStackExhausted();
            }
        }

        /// <summary>Leaves a guarded frame entered by <see cref="Enter"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Exit() => GuardState.s_counters--;

        /// <summary>
        /// Enters a guarded frame around an initializer expression (field, property or constructor
        /// initializer), where no statement can be placed. Returns a token for <see cref="EndInitializer"/>.
        /// </summary>
        /// <remarks>
        /// There is no <c>finally</c> here: if the initializer throws, the frame stays counted until
        /// the runner's next budget, which can only make the limit stricter.
        /// </remarks>
        public static bool BeginInitializer(long cost)
        {
            if (cost <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(cost), cost, "A tick cost must be positive.");
            }

            // An initializer that calls leaves can cost more than an int; the rest is charged first.
            if (cost > int.MaxValue)
            {
                ChargeTicks((cost / int.MaxValue) + 1, int.MaxValue);
                cost = 1;
            }

            Enter((int)cost);
            return true;
        }

        /// <summary>Leaves the frame entered by <see cref="BeginInitializer"/> and returns the initializer's value.</summary>
        public static T EndInitializer<T>(bool entered, T value)
        {
            if (entered)
            {
                Exit();
            }

            return value;
        }

        /// <summary>
        /// True for exceptions that bot code must never catch or filter: guard trips, out of memory,
        /// an exhausted stack, and any exception that wraps one (a static constructor that tripped).
        /// Rewritten catch clauses test this before the author's filter.
        /// </summary>
        public static bool IsUncatchable(Exception exception)
        {
            for (Exception? current = exception; current != null; current = current.InnerException)
            {
                if (current is GuardLimitExceededException or OutOfMemoryException or InsufficientExecutionStackException)
                {
                    return true;
                }
            }

            // A catch clause only runs its filter while a budget is active; if the budget has
            // tripped, nothing the bot does afterwards may proceed.
            if (GuardState.Tripped != GuardLimitKind.None)
            {
                return true;
            }

            // The bot may catch it: what it can read of the exception must not hold the host's stack.
            CaughtExceptions.ForgetStackTraces(exception);
            return false;
        }

        /// <summary>Checks a one-dimensional array's length before the array is created.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int ArrayLength(int length, int bytesPerElement)
        {
            ChargeElements(length, bytesPerElement, GuardState.ArrayOverheadBytes);
            return length;
        }

        /// <inheritdoc cref="ArrayLength(int, int)"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static uint ArrayLength(uint length, int bytesPerElement)
        {
            ChargeElements(length, bytesPerElement, GuardState.ArrayOverheadBytes);
            return length;
        }

        /// <inheritdoc cref="ArrayLength(int, int)"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static long ArrayLength(long length, int bytesPerElement)
        {
            ChargeElements(length, bytesPerElement, GuardState.ArrayOverheadBytes);
            return length;
        }

        /// <inheritdoc cref="ArrayLength(int, int)"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ulong ArrayLength(ulong length, int bytesPerElement)
        {
            ChargeElements(Saturate(length), bytesPerElement, GuardState.ArrayOverheadBytes);
            return length;
        }

        /// <summary>
        /// First dimension of a multi-dimensional array: returns it unchanged and starts the element
        /// count that <see cref="NextDimension(long, long, out long)"/> and
        /// <see cref="LastDimension(long, long, int)"/> carry on, left to right as C# evaluates them.
        /// </summary>
        public static long FirstDimension(long length, out long elements)
        {
            elements = length;
            return length;
        }

        /// <inheritdoc cref="FirstDimension(long, out long)"/>
        public static ulong FirstDimension(ulong length, out long elements)
        {
            elements = Saturate(length);
            return length;
        }

        /// <summary>A middle dimension of a multi-dimensional array (see <see cref="FirstDimension(long, out long)"/>).</summary>
        public static long NextDimension(long length, long elementsSoFar, out long elements)
        {
            elements = MultiplyDimensions(elementsSoFar, length);
            return length;
        }

        /// <inheritdoc cref="NextDimension(long, long, out long)"/>
        public static ulong NextDimension(ulong length, long elementsSoFar, out long elements)
        {
            elements = MultiplyDimensions(elementsSoFar, Saturate(length));
            return length;
        }

        /// <summary>The last dimension of a multi-dimensional array: checks the whole array's size.</summary>
        public static long LastDimension(long length, long elementsSoFar, int bytesPerElement)
        {
            ChargeElements(MultiplyDimensions(elementsSoFar, length), bytesPerElement, GuardState.ArrayOverheadBytes);
            return length;
        }

        /// <inheritdoc cref="LastDimension(long, long, int)"/>
        public static ulong LastDimension(ulong length, long elementsSoFar, int bytesPerElement)
        {
            ChargeElements(MultiplyDimensions(elementsSoFar, Saturate(length)), bytesPerElement, GuardState.ArrayOverheadBytes);
            return length;
        }

        /// <summary>
        /// Checks a size or count argument of a library member that allocates by it (a capacity,
        /// <c>PadLeft</c>'s width, <c>Enumerable.Repeat</c>'s count…) and returns it unchanged.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int AllocationCount(int count, long bytesPerUnit)
        {
            ChargeElements(count, bytesPerUnit, 0);
            return count;
        }

        /// <inheritdoc cref="AllocationCount(int, long)"/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static long AllocationCount(long count, long bytesPerUnit)
        {
            ChargeElements(count, bytesPerUnit, 0);
            return count;
        }

        /// <summary>
        /// Checks a sequence that a library member is about to copy (<c>ToArray</c>, <c>ToList</c>,
        /// a collection built from it…) when its length is known without enumerating it, as it is for
        /// <c>Enumerable.Range</c>, <c>Repeat</c> and collections. Returns it unchanged.
        /// </summary>
        public static IEnumerable<T> AllocationSequence<T>(IEnumerable<T> source, long bytesPerElement)
        {
            if (source != null && source.TryGetNonEnumeratedCount(out int count))
            {
                ChargeElements(count, bytesPerElement, 0);
            }

            return source!;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void ChargeElements(long count, long bytesPerUnit, long overhead)
        {
            // A negative count allocates nothing (the allocation itself throws), so it is never
            // charged and, above all, never credited; a non-positive unit is treated as one byte.
            long payload = count <= 0 ? 0 : MultiplyDimensions(count, Math.Max(bytesPerUnit, 1));
            long bytes = payload > long.MaxValue - overhead ? long.MaxValue : payload + overhead;

            // What fits in the unchecked allowance waits for the next read of the allocation
            // counter; a tripped budget (negative segment) goes to the slow path so that the trip
            // is sticky here too. The allowance is never negative here, so this cannot wrap.
            long left = GuardState.s_uncheckedBytesLeft - bytes;
            GuardState.s_uncheckedBytesLeft = left;
            if (left < 0 || GuardState.s_counters < 0)
            {
                GuardState.CheckAllocations((ulong)bytes);
            }
        }

        /// <summary>Multiplies two element counts, saturating instead of wrapping; negative stays negative.</summary>
        private static long MultiplyDimensions(long left, long right)
        {
            if (left < 0 || right < 0)
            {
                return -1;
            }

            return left != 0 && right > long.MaxValue / left ? long.MaxValue : left * right;
        }

        private static long Saturate(ulong value) => value > long.MaxValue ? long.MaxValue : (long)value;

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void ThrowInvalidCost(int cost)
            => throw new ArgumentOutOfRangeException(nameof(cost), cost, "A tick cost must be positive.");
    }
}
