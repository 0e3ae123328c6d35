namespace RestrictedCSharp.Rules
{
    /// <summary>
    /// The sentence that refuses a symbol, the same from the analyzer (RCX0001–RCX0003) and the IL audit (RCX3001):
    /// "'X' is not allowed: " and a clause naming the deciding rule, or saying that no rule allows it.
    /// </summary>
    public static class Refusal
    {
        /// <summary>The clause when no rule covers the symbol: the rules are an allowlist.</summary>
        public const string NoRuleAllowsIt = "no rule allows it";

        /// <summary>The clause for the deciding rule, or null when it allows: <c>denied by 'deny T:X' (preset:bots:40): reason</c>.</summary>
        public static string? Clause(SymbolRule? rule) => rule switch
        {
            null => NoRuleAllowsIt,
            { Action: RuleAction.Allow } => null,
            _ => DeniedBy(rule),
        };

        /// <summary>The clause for a deny rule, with its place and its reason when it gives one.</summary>
        public static string DeniedBy(SymbolRule rule) => rule.Reason is null
            ? $"denied by '{rule.Directive}' ({rule.Origin})"
            : $"denied by '{rule.Directive}' ({rule.Origin}): {rule.Reason}";

        /// <summary>The whole sentence: the message of RCX0001–RCX0003 with <paramref name="name"/> and <paramref name="clause"/>.</summary>
        public static string Sentence(string name, string clause) => RcxCatalog.SymbolDenied.Format(name, clause);
    }
}
