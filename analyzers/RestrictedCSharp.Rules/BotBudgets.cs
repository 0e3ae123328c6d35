using System;
using System.Collections.Generic;
using System.Globalization;

namespace RestrictedCSharp.Rules
{
    /// <summary>
    /// What a bot may spend: per call (ticks, guarded frames, allocated bytes), per process (managed heap) and
    /// the wall-clock backstop per call. The one model of a bot's budgets: the host, matches, build manifests
    /// and the command line all use it; its defaults and accepted ranges are <see cref="BudgetLimit"/>'s.
    /// </summary>
    /// <param name="Ticks">Deterministic ticks one call may spend (<c>limit ticks</c>).</param>
    /// <param name="CallDepth">Guarded frames one call may have on the stack at once (<c>limit depth</c>).</param>
    /// <param name="AllocatedBytes">Managed bytes one call may allocate (<c>limit alloc-bytes</c>).</param>
    /// <param name="MemoryMb">The runner's managed heap ceiling, in MiB (<c>limit memory-mb</c>).</param>
    /// <param name="TimeoutMs">Wall-clock deadline of one call, in ms (<c>limit timeout-ms</c>).</param>
    public sealed record BotBudgets(long Ticks, int CallDepth, long AllocatedBytes, int MemoryMb, int TimeoutMs)
    {
        /// <summary>The budgets when no rules file sets any: the limit table's defaults.</summary>
        public static BotBudgets Default { get; } = From(limit => limit.DefaultValue);

        /// <summary>The budgets a rules file's <c>limit</c> lines set, over the defaults.</summary>
        public static BotBudgets FromRules(RuleSet rules)
        {
            if (rules is null) throw new ArgumentNullException(nameof(rules));
            return From(rules.GetLimit);
        }

        /// <summary>Each budget with the limit that bounds it (a method, so that serializers skip it).</summary>
        public IEnumerable<(BudgetLimit Limit, long Value)> Each()
        {
            yield return (BudgetLimit.Ticks, Ticks);
            yield return (BudgetLimit.Depth, CallDepth);
            yield return (BudgetLimit.AllocatedBytes, AllocatedBytes);
            yield return (BudgetLimit.MemoryMegabytes, MemoryMb);
            yield return (BudgetLimit.TimeoutMilliseconds, TimeoutMs);
        }

        /// <summary>The refusal of the first budget out of its limit's range, or null when all are in range.</summary>
        public string? Problem()
        {
            foreach (var (limit, value) in Each())
            {
                if (!limit.Accepts(value)) return limit.Refusal(limit.Name, value.ToString(CultureInfo.InvariantCulture));
            }

            return null;
        }

        /// <summary>Throws when a budget is out of its limit's range; the parameter name is the limit's name.</summary>
        /// <exception cref="ArgumentOutOfRangeException">A budget is out of range.</exception>
        public BotBudgets Validate()
        {
            foreach (var (limit, value) in Each())
            {
                if (!limit.Accepts(value))
                    throw new ArgumentOutOfRangeException(limit.Name, value, limit.Refusal(limit.Name, value.ToString(CultureInfo.InvariantCulture)));
            }

            return this;
        }

        // The loader keeps each value in its limit's range, so the 32-bit ones fit.
        private static BotBudgets From(Func<BudgetLimit, long> value) => new(
            value(BudgetLimit.Ticks),
            checked((int)value(BudgetLimit.Depth)),
            value(BudgetLimit.AllocatedBytes),
            checked((int)value(BudgetLimit.MemoryMegabytes)),
            checked((int)value(BudgetLimit.TimeoutMilliseconds)));
    }
}
