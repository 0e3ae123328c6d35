namespace RestrictedCSharp.Rules
{
    /// <summary>One <c>allow</c> or <c>deny</c> line of a rules file.</summary>
    public sealed record SymbolRule(RuleAction Action, SymbolPattern Pattern, string? Reason, RuleOrigin Origin)
    {
        /// <summary>The rule as it would be written in a rules file, without its reason.</summary>
        public string Directive => $"{(Action == RuleAction.Allow ? "allow" : "deny")} {Pattern.Text}";

        public override string ToString() => Reason is null ? Directive : $"{Directive} ; {Reason}";
    }
}
