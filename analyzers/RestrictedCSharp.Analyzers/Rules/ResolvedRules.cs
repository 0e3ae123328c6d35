using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using RestrictedCSharp.Rules;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>The rules in force for one compilation, or the RCX0901 errors that prevent any.</summary>
    internal sealed class ResolvedRules
    {
        public ResolvedRules(RuleSet ruleSet)
        {
            RuleSet = ruleSet;
            Errors = ImmutableArray<Diagnostic>.Empty;
        }

        public ResolvedRules(ImmutableArray<Diagnostic> errors)
        {
            RuleSet = null;
            Errors = errors;
        }

        /// <summary>Null when the rules file has errors: nothing is analyzed against a half-read policy.</summary>
        public RuleSet? RuleSet { get; }

        public ImmutableArray<Diagnostic> Errors { get; }
    }
}
