namespace RestrictedCSharp.Rules.Tests.Support;

internal static class RulesText
{
    public const string FileName = "/game/restricted.rules";

    /// <summary>Loads rules that must be valid.</summary>
    public static RuleSet Load(string text, Func<string, string?>? readFile = null)
    {
        var result = RuleSetLoader.Load(text, FileName, readFile);
        result.Errors.Should().BeEmpty();
        result.Succeeded.Should().BeTrue();
        return result.RuleSet!;
    }

    /// <summary>Loads rules that must fail, and returns the single error.</summary>
    public static RuleError SingleError(string text, Func<string, string?>? readFile = null)
    {
        var result = RuleSetLoader.Load(text, FileName, readFile);
        result.Succeeded.Should().BeFalse();
        result.RuleSet.Should().BeNull("a policy is never half-read");
        result.Errors.Should().ContainSingle();
        return result.Errors[0];
    }

    public static RuleAction? Decide(this RuleSet rules, string id) => rules.Matcher.Match(id)?.Action;
}
