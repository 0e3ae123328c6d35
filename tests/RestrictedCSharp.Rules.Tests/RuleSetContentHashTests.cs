using RestrictedCSharp.Rules.Tests.Support;

namespace RestrictedCSharp.Rules.Tests;

public class RuleSetContentHashTests
{
    private const string Base = """
        allow T:System.String
        deny  T:System.Console ; no console
        feature goto on
        limit ticks 500
        """;

    private static string Hash(string text) => RulesText.Load(text).ContentHash;

    [Fact]
    public void Hash_is_a_sha256_in_lower_case_hex_and_stable()
    {
        var hash = Hash(Base);
        hash.Should().MatchRegex("^[0-9a-f]{64}$");
        Hash(Base).Should().Be(hash);
        RuleSetLoader.Preset("bots").ContentHash.Should().Be(RuleSetLoader.Preset("bots").ContentHash);
    }

    [Fact]
    public void Formatting_comments_and_order_do_not_change_the_hash()
    {
        var reformatted = """
            # the same policy, written differently
            limit ticks 500
            deny T:System.Console    # no console
            feature goto on

            allow   T:System.String
            """;
        Hash(reformatted).Should().Be(Hash(Base));
        Hash(Base.Replace("\n", "\r\n")).Should().Be(Hash(Base));
    }

    [Fact]
    public void Overridden_rules_do_not_change_the_hash()
    {
        Hash("allow T:System.Console\n" + Base).Should().Be(Hash(Base));
        Hash("feature goto off\nlimit ticks 7\n" + Base).Should().Be(Hash(Base));
    }

    [Fact]
    public void Stating_a_default_explicitly_does_not_change_the_hash()
    {
        Hash(Base + "\nfeature async off").Should().Be(Hash(Base));
        Hash(Base + $"\nlimit depth {BudgetLimit.Depth.DefaultValue}").Should().Be(Hash(Base));
    }

    [Theory]
    [InlineData("allow T:System.String", "deny T:System.String ; no")]
    [InlineData("allow T:System.String", "allow T:System.String*")]
    [InlineData("deny  T:System.Console ; no console", "")]
    [InlineData("feature goto on", "feature goto off")]
    [InlineData("feature goto on", "")]
    [InlineData("limit ticks 500", "limit ticks 501")]
    [InlineData("limit ticks 500", "limit depth 500")]
    public void Any_change_to_the_policy_changes_the_hash(string line, string replacement)
    {
        Base.Should().Contain(line);
        Hash(Base.Replace(line, replacement)).Should().NotBe(Hash(Base));
    }

    [Fact]
    public void Adding_a_rule_or_a_feature_changes_the_hash()
    {
        Hash(Base + "\nallow T:System.Int32").Should().NotBe(Hash(Base));
        Hash(Base + "\nfeature lock on").Should().NotBe(Hash(Base));
    }

    [Fact]
    public void Presets_differ()
    {
        RuleSetLoader.Preset("bots").ContentHash.Should().NotBe(RuleSetLoader.Preset("strict").ContentHash);
        Hash("include bots").Should().Be(RuleSetLoader.Preset("bots").ContentHash);
    }
}
