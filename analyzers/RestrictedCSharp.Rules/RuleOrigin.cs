namespace RestrictedCSharp.Rules
{
    /// <summary>Where a rule, feature or limit was written: a rules file (or preset) and a line.</summary>
    public sealed record RuleOrigin(string Source, int Line)
    {
        public override string ToString() => $"{Source}:{Line}";
    }
}
