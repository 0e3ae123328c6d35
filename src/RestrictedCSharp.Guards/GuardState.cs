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
    /// a thread-static one costs a thread-local-storage lookup on every guard (docs/BENCHMARKS.md,
    /// "Figures behind choices in the code"). Tests that run guarded code share one non-parallel
    /// collection for the same reason.
    /// </para>
    /// <para>
    /// The guards' hot state is one 64-bit word, <see cref="s_counters"/>: the ticks left in the
    /// current <em>segment</em> times 2^24, plus the call depth. A tick subtracts from the tick bits,
    /// a function entry adds one frame and subtracts its cost in one addition, an exit subtracts one
    /// frame; the word is negative exactly when the segment's ticks have run out. At the end of a
    /// segment (every <see cref="CheckpointTicks"/> ticks, or where a budget ends) the slow path
    /// settles the count, reads the GC's per-thread allocation counter (about 6 ns, too dear for
    /// every tick) and starts the next segment. Segments are long because every slow path costs, not
    /// the counter alone: at 1,024 ticks they were a large part of the guards' cost in search-heavy
    /// bots. Array and capacity guards do not wait that long: they let at most
    /// <see cref="UncheckedAllocationBytes"/> through between two reads of the counter. The default
    /// state has no budget at all: guarded code that runs before <see cref="GuardBudget.Begin"/>
    /// trips at once.
    /// </para>
    /// <para>
    /// The depth limit needs no test of its own. Every <see cref="StackProbeInterval"/>th frame
    /// takes the slow path anyway to probe the stack, so only the frames between two probes could
    /// cross the limit unseen. Where the limit is nearer than that, the slow path ends the segment
    /// within the frames left: every entry costs at least one tick, so the segment runs out, at the
    /// latest, at the entry that would cross the limit, and the slow path checks the depth there.
    /// Near the limit the slow path runs more often; the count and the outcome are the same.
    /// </para>
    /// </remarks>
    internal static class GuardState
    {
        /// <summary>Ticks between two reads of the allocation counter.</summary>
        internal const long CheckpointTicks = 16384;

        /// <summary>
        /// Bytes that the allocation guards let through between two reads of the allocation counter:
        /// a larger allocation, or one past what is left of this allowance, is checked at once.
        /// </summary>
        internal const long UncheckedAllocationBytes = 64 * 1024;

        /// <summary>Every this many frames the real stack is probed as well as the frame count.</summary>
        internal const int StackProbeInterval = 8;

        /// <summary>What the runtime adds to every array: object header, method table, length.</summary>
        internal const long ArrayOverheadBytes = 24;

        /// <summary>Bits of <see cref="s_counters"/> that hold the call depth; the 40 above hold the ticks.</summary>
        internal const int DepthBits = 24;

        /// <summary>The amount a tick count is multiplied by in <see cref="s_counters"/>.</summary>
        internal const long TickUnit = 1L << DepthBits;

        /// <summary>The deepest depth the word can count; larger depth budgets are this (no real stack holds that many frames).</summary>
        internal const int MaximumDepthLimit = (1 << DepthBits) - 2;

        /// <summary>
        /// The largest charge the inlined guards subtract from <see cref="s_counters"/> themselves;
        /// larger ones go through <see cref="ChargeLarge"/>. The segment's ticks start at most at
        /// <see cref="CheckpointTicks"/> and never below -1 (a slow path resets them), so the tick
        /// bits stay within 40 and the word cannot wrap. Any <see cref="int"/> cost is inline.
        /// </summary>
        internal const long MaximumInlineTicks = 1L << 38;

        /// <summary>A cost per round small enough that 2^32 rounds of it are an inline charge.</summary>
        internal const int MaximumInlineCostPerRound = 1 << 6;

        // Hot: read and written by inlined guards. (ticks left in the segment) * 2^24 + depth.
        internal static long s_counters;

        // Read and written by inlined allocation guards: what is left of the unchecked allowance,
        // between 0 and UncheckedAllocationBytes except inside a guard.
        internal static long s_uncheckedBytesLeft;

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
            s_depthLimit = Math.Min(limits.CallDepth, MaximumDepthLimit);
            s_allocationLimit = limits.AllocatedBytes;
            s_ticksAtTrip = 0;
            s_maxDepth = 0;
            s_tripped = GuardLimitKind.None;
            s_open = true;
            s_allocationBaseline = GC.GetAllocatedBytesForCurrentThread();
            s_uncheckedBytesLeft = UncheckedAllocationBytes;
            s_counters = 0;
            StartSegment(0, 0);
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
            SetSegmentTicks(-1);
        }

        internal static GuardUsage Usage
            => new GuardUsage(TicksUsed, AllocatedSinceBegin, s_maxDepth, s_tripped);

        internal static GuardLimitKind Tripped => s_tripped;

        /// <summary>The tick budget of the open call, for <see cref="Budget"/>; 0 when none is open.</summary>
        internal static long TickLimitReading => s_open ? s_tickLimit : 0;

        /// <summary>The ticks the open call has spent, for <see cref="Budget"/>; 0 when none is open.</summary>
        internal static long TicksUsedReading => s_open ? TicksUsed : 0;

        /// <summary>The ticks the open call may still spend, for <see cref="Budget"/>; 0 when none is open or it tripped.</summary>
        internal static long TicksLeftReading
            => !s_open || s_tripped != GuardLimitKind.None ? 0 : Math.Max(0, s_tickLimit - TicksCounted);

        /// <summary>The guarded frames on the stack: the low bits of <see cref="s_counters"/>.</summary>
        private static int Depth => (int)(s_counters & (TickUnit - 1));

        /// <summary>The ticks left in the segment: the high bits of <see cref="s_counters"/>.</summary>
        private static long SegmentTicks => s_counters >> DepthBits;

        private static long TicksUsed
            => s_tripped != GuardLimitKind.None || !s_open ? s_ticksAtTrip : TicksCounted;

        /// <summary>The settled ticks plus what the current segment has used.</summary>
        private static long TicksCounted => s_ticksBeforeSegment + (s_segmentLength - SegmentTicks);

        private static long AllocatedSinceBegin
            => GC.GetAllocatedBytesForCurrentThread() - s_allocationBaseline;

        /// <summary>Sets the tick bits of <see cref="s_counters"/>, keeping the depth.</summary>
        private static void SetSegmentTicks(long ticks) => s_counters = (ticks * TickUnit) | (s_counters & (TickUnit - 1));

        /// <summary>
        /// A segment as long as the checkpoint interval, the ticks left and, near the depth limit,
        /// the frames left below it allow (<paramref name="depth"/> is at most the limit here).
        /// </summary>
        private static void StartSegment(long ticksUsed, int depth)
        {
            s_ticksBeforeSegment = ticksUsed;
            s_segmentLength = Math.Min(Math.Min(CheckpointTicks, s_tickLimit - ticksUsed), TicksAllowedByDepth(depth));
            SetSegmentTicks(s_segmentLength);
        }

        /// <summary>
        /// The ticks a segment may last from <paramref name="depth"/>: unbounded while the next stack
        /// probe comes before the limit, the frames left below the limit once it does not.
        /// </summary>
        private static long TicksAllowedByDepth(int depth)
        {
            long framesLeft = (long)s_depthLimit - depth;
            return framesLeft < StackProbeInterval ? framesLeft : long.MaxValue;
        }

        /// <summary>Ends the current segment early if the frames left below the depth limit are fewer than its ticks.</summary>
        private static void ShortenSegmentForDepth(int depth)
        {
            long allowed = TicksAllowedByDepth(depth);
            long left = SegmentTicks;
            if (left > allowed)
            {
                s_segmentLength -= left - allowed;
                SetSegmentTicks(allowed);
            }
        }

        /// <summary>A tick found the segment used up: settle, check the budgets, start the next segment.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        internal static void OnSegmentExhausted() => EndSegment(Depth, extraTicks: 0);

        /// <summary><see cref="OnSegmentExhausted()"/> for a guard that passes <paramref name="value"/> on.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        internal static object OnSegmentExhausted(object value)
        {
            EndSegment(Depth, extraTicks: 0);
            return value;
        }

        /// <summary>
        /// An entry found the segment used up, or it is at a depth where the real stack is probed.
        /// The entering frame is already in <see cref="s_counters"/>; it is taken out while the
        /// checks run, so that if one throws, the frame that failed to enter (and never reaches
        /// its <c>finally</c>) is not counted.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        internal static void OnEnterChecks()
        {
            s_counters--;
            int depth = Depth + 1;
            if (depth > s_maxDepth)
            {
                s_maxDepth = depth;
            }

            if (s_counters < 0)
            {
                EndSegment(depth, extraTicks: 0);
            }
            else
            {
                ShortenSegmentForDepth(depth);
            }

            if ((depth & (StackProbeInterval - 1)) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                ThrowIfTripped();
                s_ticksAtTrip = TicksUsed;
                throw Trip(GuardLimitKind.CallDepth, realStackExhausted: true);
            }

            s_counters++;
        }

        /// <summary>
        /// A large frame's probe found the real stack nearly exhausted: its frame, entered just before,
        /// leaves the count (its <c>finally</c> never runs), and the call trips at the stack limit.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        internal static void OnStackExhausted()
        {
            s_counters--;
            ThrowIfTripped();
            s_ticksAtTrip = TicksUsed;
            throw Trip(GuardLimitKind.CallDepth, realStackExhausted: true);
        }

        /// <summary>Charges <paramref name="rounds"/> × <paramref name="costPerRound"/> ticks, too many for the inlined guards.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        internal static void ChargeLarge(long rounds, int costPerRound)
        {
            // rounds < 2^32 and cost < 2^31: the product fits; no round never credits.
            EndSegment(Depth, rounds <= 0 ? 0 : rounds * costPerRound);
        }

        /// <summary>
        /// The end of a segment, <paramref name="extraTicks"/> more being charged: settles the count,
        /// checks every budget for a frame at <paramref name="depth"/>, and starts the next segment.
        /// </summary>
        private static void EndSegment(int depth, long extraTicks)
        {
            ThrowIfTripped();
            long counted = TicksCounted;
            long used = counted > long.MaxValue - extraTicks ? long.MaxValue : counted + extraTicks;

            // Settled before anything can throw: an empty segment at the count so far.
            s_ticksBeforeSegment = used;
            s_segmentLength = 0;
            SetSegmentTicks(0);
            if (used > s_tickLimit)
            {
                s_ticksAtTrip = used;
                throw Trip(GuardLimitKind.Ticks);
            }

            if (depth > s_depthLimit)
            {
                s_ticksAtTrip = used;
                throw Trip(GuardLimitKind.CallDepth);
            }

            CheckAllocations(0);
            StartSegment(used, depth);
        }

        /// <summary>Checks that <paramref name="bytes"/> more bytes fit in the allocation budget.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        internal static void CheckAllocations(ulong bytes)
        {
            s_uncheckedBytesLeft = 0;
            ThrowIfTripped();
            long available = s_allocationLimit - AllocatedSinceBegin;
            if (available < 0 || bytes > (ulong)available)
            {
                s_ticksAtTrip = TicksUsed;
                throw Trip(GuardLimitKind.AllocatedBytes);
            }

            s_uncheckedBytesLeft = UncheckedAllocationBytes;
        }

        /// <summary>
        /// The last read of the allocation counter, when a call ends: the guards read it only at
        /// checkpoints and large allocations, so without this a call could allocate past its budget
        /// after the last read and still end ok. Trips (without throwing) if it did.
        /// </summary>
        internal static void CheckFinalAllocations()
        {
            if (s_open && s_tripped == GuardLimitKind.None && AllocatedSinceBegin > s_allocationLimit)
            {
                s_ticksAtTrip = TicksUsed;
                Trip(GuardLimitKind.AllocatedBytes);
            }
        }

        internal static void ThrowIfTripped()
        {
            if (s_tripped != GuardLimitKind.None)
            {
                // Sticky: keep every later guard on the slow path and throw the same kind again.
                SetSegmentTicks(-1);
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
            SetSegmentTicks(-1);
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
