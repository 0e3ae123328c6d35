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
        private readonly Dictionary<string, List<SymbolRule>> _exact = new(StringComparer.Ordinal);
        private readonly List<SymbolRule> _wildcards = new();

        public RuleMatcher(IEnumerable<SymbolRule> rules)
        {
            foreach (var rule in rules)
            {
                if (rule.Pattern.IsWildcard)
                {
                    _wildcards.Add(rule);
                    continue;
                }

                if (!_exact.TryGetValue(rule.Pattern.Path, out var list))
                {
                    _exact[rule.Pattern.Path] = list = new List<SymbolRule>();
                }

                list.Add(rule);
            }
        }

        /// <summary>The deciding rule for <paramref name="documentationId"/>, or null when no rule covers it.</summary>
        public SymbolRule? Match(string documentationId)
        {
            if (documentationId.Length < 3 || documentationId[1] != ':')
            {
                return null;
            }

            var path = documentationId.Substring(2);
            SymbolRule? best = null;

            // Every prefix of the ID at a segment boundary names the symbol or something containing it.
            var segments = SymbolPattern.SplitSegments(path);
            var prefixLength = 0;
            for (var i = 0; i < segments.Count; i++)
            {
                prefixLength += (i == 0 ? 0 : 1) + segments[i].Length;
                var prefix = path.Substring(0, prefixLength);
                best = Better(best, _exact, prefix);

                // A member rule without a parameter list covers every overload of that name; one that
                // gives a generic arity (M:N.T.Select``2) covers every overload with that arity.
                var name = SymbolPattern.MemberName(segments[i]);
                if (name.Length != segments[i].Length)
                {
                    var segmentStart = prefixLength - segments[i].Length;
                    best = Better(best, _exact, path.Substring(0, segmentStart + name.Length));
                    var withArity = SymbolPattern.MemberNameWithArity(segments[i]);
                    if (withArity.Length != name.Length && withArity.Length != segments[i].Length)
                    {
                        best = Better(best, _exact, path.Substring(0, segmentStart + withArity.Length));
                    }
                }
            }

            foreach (var rule in _wildcards)
            {
                if (path.StartsWith(rule.Pattern.Path, StringComparison.Ordinal))
                {
                    best = Better(best, rule);
                }
            }

            return best;
        }

        private static SymbolRule? Better(SymbolRule? best, Dictionary<string, List<SymbolRule>> rules, string key)
        {
            if (rules.TryGetValue(key, out var candidates))
            {
                foreach (var rule in candidates)
                {
                    best = Better(best, rule);
                }
            }

            return best;
        }

        private static SymbolRule Better(SymbolRule? best, SymbolRule candidate)
        {
            if (best is null || candidate.Pattern.Specificity > best.Pattern.Specificity)
            {
                return candidate;
            }

            if (candidate.Pattern.Specificity == best.Pattern.Specificity
                && candidate.Action == RuleAction.Deny && best.Action == RuleAction.Allow)
            {
                return candidate;
            }

            return best;
        }
    }
}
