using System;
using System.Runtime.CompilerServices;

namespace RestrictedCSharp.Guards
{
    /// <summary>
    /// The counters behind <see cref="Guard"/> and <see cref="GuardBudget"/>, and the slow paths.
    /// </summary>
    /// <remarks>
    /// <para>
    /// State is process-wide (plain statics), not thread-static: a bot runs on one dedicated thread
    /// in its own process, and a static field is a single memory operand in the guarded code while
    /// a thread-static one costs a thread-local-storage lookup (measured: recursive calls 1.5x
    /// slower with thread-static counters). Tests that run guarded code share one non-parallel
    /// collection for the same reason.
    /// </para>
    /// <para>
    /// Ticks count down within a <em>segment</em> so the hot path is one subtraction and one
    /// sign test. At the end of a segment (every <see cref="CheckpointTicks"/> ticks, or where the
    /// budget ends) the slow path settles the count, reads the GC's per-thread allocation counter
    /// (about 3 ns, too dear for every tick) and starts the next segment. The default state has
    /// no budget at all: guarded code that runs before <see cref="GuardBudget.Begin"/> trips at once.
    /// </para>
    /// </remarks>
    internal static class GuardState
    {
        /// <summary>Ticks between two reads of the allocation counter.</summary>
        internal const long CheckpointTicks = 1024;

        /// <summary>Allocations at most this large are left to the next checkpoint (bounded overshoot).</summary>
        internal const long SmallAllocationBytes = 1024;

        /// <summary>Every this many frames the real stack is probed as well as the frame count.</summary>
        internal const int StackProbeInterval = 8;

        /// <summary>What the runtime adds to every array: object header, method table, length.</summary>
        internal const long ArrayOverheadBytes = 24;

        // Hot: read and written by inlined guards.
        internal static long s_segmentRemaining;
        internal static int s_depth;
        internal static int s_depthCheckLimit = int.MinValue;

        // Cold: budgets and settled counts.
        private static long s_tickLimit;
        private static long s_ticksBeforeSegment;
        private static long s_segmentLength;
        private static long s_ticksAtTrip;
        private static int s_depthLimit;
        private static int s_maxDepth;
        private static long s_allocationLimit;
        private static long s_allocationBaseline;
        private static GuardLimitKind s_tripped;
        private static bool s_open;

        internal static void Begin(GuardLimits limits)
        {
            if (GuardPark.IsParked)
            {
                throw new InvalidOperationException("A bot thread is parked after a trip it could not unwind from; this process cannot run the bot again.");
            }

            s_tickLimit = limits.Ticks;
            s_depthLimit = limits.CallDepth;
            s_allocationLimit = limits.AllocatedBytes;
            s_ticksBeforeSegment = 0;
            s_ticksAtTrip = 0;
            s_depth = 0;
            s_maxDepth = 0;
            s_tripped = GuardLimitKind.None;
            s_open = true;
            s_allocationBaseline = GC.GetAllocatedBytesForCurrentThread();
            StartSegment(0);
            s_depthCheckLimit = s_depthLimit;
        }

        /// <summary>Ends the budget: until the next <see cref="Begin"/>, every guard trips.</summary>
        internal static void Close()
        {
            if (s_open && s_tripped == GuardLimitKind.None)
            {
                s_ticksAtTrip = TicksUsed;
            }

            s_open = false;
            s_tickLimit = 0;
            s_depthLimit = 0;
            s_allocationLimit = 0;
            s_segmentRemaining = -1;
            s_depthCheckLimit = int.MinValue;
        }

        internal static GuardUsage Usage
            => new GuardUsage(TicksUsed, AllocatedSinceBegin, s_maxDepth, s_tripped);

        internal static GuardLimitKind Tripped => s_tripped;

        private static long TicksUsed
            => s_tripped != GuardLimitKind.None || !s_open ? s_ticksAtTrip : TicksCounted;

        /// <summary>The settled ticks plus what the current segment has used.</summary>
        private static long TicksCounted => s_ticksBeforeSegment + (s_segmentLength - s_segmentRemaining);

        private static long AllocatedSinceBegin
            => GC.GetAllocatedBytesForCurrentThread() - s_allocationBaseline;

        private static void StartSegment(long ticksUsed)
        {
            s_ticksBeforeSegment = ticksUsed;
            s_segmentLength = Math.Min(CheckpointTicks, s_tickLimit - ticksUsed);
            s_segmentRemaining = s_segmentLength;
        }

        /// <summary>The segment ran out: settle, check the budgets, start the next segment.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        internal static void OnSegmentExhausted()
        {
            ThrowIfTripped();
            long used = TicksCounted;
            if (used > s_tickLimit)
            {
                s_ticksAtTrip = used;
                throw Trip(GuardLimitKind.Ticks);
            }

            CheckAllocations(0);
            StartSegment(used);
        }

        /// <summary>Enter went past the depth limit, or the stack probe is due.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        internal static void OnDeepEnter(int depth)
        {
            if (depth > s_maxDepth)
            {
                s_maxDepth = depth;
            }

            bool tooDeep = depth > s_depthCheckLimit;
            bool stackExhausted = !tooDeep && !RuntimeHelpers.TryEnsureSufficientExecutionStack();
            if (!tooDeep && !stackExhausted)
            {
                return;
            }

            // The frame that failed to enter never reaches its try/finally, so undo its count here.
            s_depth = depth - 1;
            ThrowIfTripped();
            s_ticksAtTrip = TicksUsed;
            throw Trip(GuardLimitKind.CallDepth, stackExhausted);
        }

        /// <summary>Checks that <paramref name="bytes"/> more bytes fit in the allocation budget.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        internal static void CheckAllocations(ulong bytes)
        {
            ThrowIfTripped();
            long available = s_allocationLimit - AllocatedSinceBegin;
            if (available < 0 || bytes > (ulong)available)
            {
                s_ticksAtTrip = TicksUsed;
                throw Trip(GuardLimitKind.AllocatedBytes);
            }
        }

        internal static void ThrowIfTripped()
        {
            if (s_tripped != GuardLimitKind.None)
            {
                // Sticky: keep every later guard on the slow path and throw the same kind again.
                s_segmentRemaining = -1;
                s_depthCheckLimit = int.MinValue;
                if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
                {
                    GuardPark.ParkForever();
                }

                throw CreateException(s_tripped, realStackExhausted: false);
            }
        }

        private static Exception Trip(GuardLimitKind kind, bool realStackExhausted = false)
        {
            s_tripped = kind;
            s_segmentRemaining = -1;
            s_depthCheckLimit = int.MinValue;
            return CreateException(kind, realStackExhausted);
        }

        private static Exception CreateException(GuardLimitKind kind, bool realStackExhausted) => kind switch
        {
            GuardLimitKind.Ticks => new TickLimitExceededException(s_tickLimit),
            GuardLimitKind.CallDepth => new StackLimitExceededException(s_depthLimit, realStackExhausted),
            _ => new AllocationLimitExceededException(s_allocationLimit),
        };
    }
}
