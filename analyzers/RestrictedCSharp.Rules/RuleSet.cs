using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace RestrictedCSharp.Rules
{
    /// <summary>
    /// The effective policy after every include and override has been applied: symbol rules,
    /// language features and limits, each remembering where it was written. Immutable and shareable.
    /// </summary>
    public sealed class RuleSet
    {
        private readonly Lazy<RuleMatcher> _matcher;
        private readonly Lazy<string> _contentHash;
        private readonly Lazy<PatternMatcher<CostRule>> _costs;

        internal RuleSet(
            ImmutableArray<SymbolRule> symbolRules,
            ImmutableDictionary<LanguageFeature, FeatureSetting> features,
            ImmutableDictionary<string, LimitSetting> limits,
            ImmutableArray<SizeRule> sizeRules,
            ImmutableArray<CostRule> costRules,
            ImmutableArray<string> sources)
        {
            SymbolRules = symbolRules;
            SizeRules = sizeRules;
            CostRules = costRules;
            Features = features;
            Limits = limits;
            Sources = sources;
            _matcher = new Lazy<RuleMatcher>(() => new RuleMatcher(SymbolRules));
            _costs = new Lazy<PatternMatcher<CostRule>>(() => new PatternMatcher<CostRule>(CostRules, r => r.Pattern, (_, _) => false));
            _contentHash = new Lazy<string>(ComputeContentHash);
        }

        /// <summary>The rules in force, in the order they were written (an overridden rule is gone).</summary>
        public ImmutableArray<SymbolRule> SymbolRules { get; }

        /// <summary>Members that allocate by an argument, one rule per member (a later line replaces an earlier one).</summary>
        public ImmutableArray<SizeRule> SizeRules { get; }

        /// <summary>How calls to library members are charged, one rule per pattern (a later line replaces an earlier one).</summary>
        public ImmutableArray<CostRule> CostRules { get; }

        /// <summary>Features that some rules file switched on or off; the rest are off.</summary>
        public ImmutableDictionary<LanguageFeature, FeatureSetting> Features { get; }

        /// <summary>Limits that some rules file set, by name; the rest take <see cref="BudgetLimit.DefaultValue"/>.</summary>
        public ImmutableDictionary<string, LimitSetting> Limits { get; }

        /// <summary>The files and presets read, outermost first (presets as <c>preset:NAME</c>).</summary>
        public ImmutableArray<string> Sources { get; }

        public RuleMatcher Matcher => _matcher.Value;

        /// <summary>A hash of the effective policy (not of the files' formatting), for build manifests.</summary>
        public string ContentHash => _contentHash.Value;

        /// <summary>How a call to the member with <paramref name="documentationId"/> is charged: the most specific <c>cost</c> line, or <see cref="LibraryCost.All"/>.</summary>
        public LibraryCost GetLibraryCost(string documentationId) => FindCostRule(documentationId)?.Cost ?? LibraryCost.All;

        /// <summary>The <c>cost</c> line that decides <paramref name="documentationId"/>, or null when none covers it.</summary>
        public CostRule? FindCostRule(string documentationId) => _costs.Value.Match(documentationId);

        public bool IsEnabled(LanguageFeature feature) =>
            Features.TryGetValue(feature, out var setting) && setting.Enabled;

        public long GetLimit(BudgetLimit limit) =>
            Limits.TryGetValue(limit.Name, out var setting) ? setting.Value : limit.DefaultValue;

        private string ComputeContentHash()
        {
            var text = new StringBuilder();
            foreach (var rule in SymbolRules.OrderBy(r => r.Pattern.Text, StringComparer.Ordinal))
            {
                text.Append(rule.Directive).Append('\n');
            }

            foreach (var size in SizeRules.OrderBy(r => r.MemberId, StringComparer.Ordinal))
            {
                text.Append(size.Directive).Append('\n');
            }

            foreach (var cost in CostRules.OrderBy(r => r.Pattern.Text, StringComparer.Ordinal))
            {
                text.Append(cost.Directive).Append('\n');
            }

            // Effective values, so that stating a default explicitly does not change the hash.
            foreach (var feature in LanguageFeatureInfo.All.OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                text.Append("feature ").Append(feature.Name).Append(IsEnabled(feature.Feature) ? " on\n" : " off\n");
            }

            foreach (var limit in BudgetLimit.All.OrderBy(l => l.Name, StringComparer.Ordinal))
            {
                text.Append("limit ").Append(limit.Name).Append(' ').Append(GetLimit(limit).ToString(CultureInfo.InvariantCulture)).Append('\n');
            }

            using var sha = SHA256.Create();
            var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString()));
            return string.Concat(hash.Select(b => b.ToString("x2")));
        }
    }
}
