using System;
using System.Collections.Generic;

namespace RestrictedCSharp.Rules
{
    /// <summary>
    /// Finds the rule that decides a documentation-comment ID: the most specific matching rule,
    /// deny winning ties. Pure string matching, so the analyzer (Roslyn symbols) and the IL audit
    /// (metadata) share it.
    /// </summary>
    public sealed class RuleMatcher
    {
        private readonly PatternMatcher<SymbolRule> _matcher;

        public RuleMatcher(IEnumerable<SymbolRule> rules)
            => _matcher = new PatternMatcher<SymbolRule>(rules, r => r.Pattern, DenyWinsTies);

        /// <summary>The deciding rule for <paramref name="documentationId"/>, or null when no rule covers it.</summary>
        public SymbolRule? Match(string documentationId) => _matcher.Match(documentationId);

        private static bool DenyWinsTies(SymbolRule candidate, SymbolRule best)
            => candidate.Action == RuleAction.Deny && best.Action == RuleAction.Allow;
    }
}
