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

        /// <summary>
        /// The deciding rule for an accessor (<c>M:T.get_X</c>, <c>M:T.set_X(…)</c>, <c>M:T.add_E(…)</c>) of a property or
        /// event (<c>P:T.X</c>, <c>E:T.E</c>): the more specific of the rules for the two, deny winning ties. A read is
        /// judged by the getter, a write by the setter, so <c>deny M:T.set_X*</c> refuses writes alone. The analyzer and the
        /// IL audit both decide accessors here.
        /// </summary>
        public SymbolRule? MatchAccessor(string accessorId, string memberId)
        {
            var accessor = Match(accessorId);
            var member = Match(memberId);
            return member is null ? accessor : _matcher.Decide(accessor, member);
        }

        private static bool DenyWinsTies(SymbolRule candidate, SymbolRule best)
            => candidate.Action == RuleAction.Deny && best.Action == RuleAction.Allow;
    }
}
