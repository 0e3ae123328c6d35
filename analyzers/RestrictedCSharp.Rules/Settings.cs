namespace RestrictedCSharp.Rules
{
    /// <summary>A <c>feature NAME on|off</c> line in force.</summary>
    public sealed record FeatureSetting(LanguageFeatureInfo Feature, bool Enabled, RuleOrigin Origin);

    /// <summary>A <c>limit NAME VALUE</c> line in force.</summary>
    public sealed record LimitSetting(BudgetLimit Limit, long Value, RuleOrigin Origin);
}
