namespace RestrictedCSharp.Rules
{
    /// <summary>What a symbol rule does to the symbols it covers.</summary>
    public enum RuleAction
    {
        Allow,
        Deny,
    }
}
