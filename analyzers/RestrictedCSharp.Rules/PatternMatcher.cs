using System;
using System.Collections.Generic;

namespace RestrictedCSharp.Rules
{
    /// <summary>
    /// The most specific of some rules' patterns that covers a documentation-comment ID, for any kind
    /// of rule that names symbols by pattern (allow and deny, cost).
    /// </summary>
    public sealed class PatternMatcher<TRule>
        where TRule : class
    {
        private readonly Func<TRule, SymbolPattern> _patternOf;
        private readonly Func<TRule, TRule, bool> _winsTie;
        private readonly Dictionary<string, List<TRule>> _exact = new(StringComparer.Ordinal);
        private readonly List<TRule> _wildcards = new();

        /// <param name="rules">The rules to match against.</param>
        /// <param name="patternOf">A rule's pattern.</param>
        /// <param name="winsTie">Whether a candidate beats the best so far at equal specificity.</param>
        public PatternMatcher(IEnumerable<TRule> rules, Func<TRule, SymbolPattern> patternOf, Func<TRule, TRule, bool> winsTie)
        {
            _patternOf = patternOf;
            _winsTie = winsTie;
            foreach (var rule in rules)
            {
                var pattern = patternOf(rule);
                if (pattern.IsWildcard)
                {
                    _wildcards.Add(rule);
                    continue;
                }

                if (!_exact.TryGetValue(pattern.Path, out var list))
                {
                    _exact[pattern.Path] = list = new List<TRule>();
                }

                list.Add(rule);
            }
        }

        /// <summary>The deciding rule for <paramref name="documentationId"/>, or null when no rule covers it.</summary>
        public TRule? Match(string documentationId)
        {
            if (documentationId.Length < 3 || documentationId[1] != ':')
            {
                return null;
            }

            var path = documentationId.Substring(2);
            TRule? best = null;

            // Every prefix of the ID at a segment boundary names the symbol or something containing it.
            var segments = SymbolPattern.SplitSegments(path);
            var prefixLength = 0;
            for (var i = 0; i < segments.Count; i++)
            {
                prefixLength += (i == 0 ? 0 : 1) + segments[i].Length;
                var prefix = path.Substring(0, prefixLength);
                best = Better(best, prefix);

                // A member rule without a parameter list covers every overload of that name; one that
                // gives a generic arity (M:N.T.Select``2) covers every overload with that arity.
                var name = SymbolPattern.MemberName(segments[i]);
                if (name.Length != segments[i].Length)
                {
                    var segmentStart = prefixLength - segments[i].Length;
                    best = Better(best, path.Substring(0, segmentStart + name.Length));
                    var withArity = SymbolPattern.MemberNameWithArity(segments[i]);
                    if (withArity.Length != name.Length && withArity.Length != segments[i].Length)
                    {
                        best = Better(best, path.Substring(0, segmentStart + withArity.Length));
                    }
                }
            }

            foreach (var rule in _wildcards)
            {
                if (path.StartsWith(_patternOf(rule).Path, StringComparison.Ordinal))
                {
                    best = Better(best, rule);
                }
            }

            return best;
        }

        private TRule? Better(TRule? best, string key)
        {
            if (_exact.TryGetValue(key, out var candidates))
            {
                foreach (var rule in candidates)
                {
                    best = Better(best, rule);
                }
            }

            return best;
        }

        /// <summary>
        /// Which of two rules decides: the more specific, and at equal specificity the one that wins the tie (for
        /// allow and deny rules, deny); <paramref name="best"/> when neither wins. The one place that order is decided.
        /// </summary>
        public TRule Decide(TRule? best, TRule candidate) => Better(best, candidate);

        private TRule Better(TRule? best, TRule candidate)
        {
            if (best is null)
            {
                return candidate;
            }

            int candidateSpecificity = _patternOf(candidate).Specificity;
            int bestSpecificity = _patternOf(best).Specificity;
            return candidateSpecificity > bestSpecificity || (candidateSpecificity == bestSpecificity && _winsTie(candidate, best))
                ? candidate
                : best;
        }
    }
}
