using System.Collections.Immutable;

namespace RestrictedCSharp.Rules
{
    /// <summary>The outcome of reading rules: a rule set, or the errors that prevent one.</summary>
    public sealed class RulesLoadResult
    {
        internal RulesLoadResult(RuleSet? ruleSet, ImmutableArray<RuleError> errors)
        {
            RuleSet = ruleSet;
            Errors = errors;
        }

        /// <summary>The rule set; null when there are errors (a policy is never half-read).</summary>
        public RuleSet? RuleSet { get; }

        public ImmutableArray<RuleError> Errors { get; }

        public bool Succeeded => RuleSet is not null;
    }
}
