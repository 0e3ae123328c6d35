namespace RestrictedCSharp.Rules.Tests;

public class SizeRuleTests
{
    private static RulesLoadResult Load(string text) => RuleSetLoader.Load(text, "/game/restricted.rules");

    [Fact]
    public void Size_lines_are_read_with_their_cost()
    {
        var rules = Load("""
            size M:System.String.PadLeft(System.Int32) totalWidth count 2
            size M:System.Collections.Generic.List`1.#ctor(System.Int32) capacity count element
            size M:System.Linq.Enumerable.ToHashSet``1(System.Collections.Generic.IEnumerable{``0}) source sequence element+12
            """).RuleSet!;

        rules.SizeRules.Should().BeEquivalentTo(new[]
        {
            new SizeRule("M:System.String.PadLeft(System.Int32)", "totalWidth", SizeRuleKind.Count, 2, false, new RuleOrigin("/game/restricted.rules", 1)),
            new SizeRule("M:System.Collections.Generic.List`1.#ctor(System.Int32)", "capacity", SizeRuleKind.Count, 0, true, new RuleOrigin("/game/restricted.rules", 2)),
            new SizeRule("M:System.Linq.Enumerable.ToHashSet``1(System.Collections.Generic.IEnumerable{``0})", "source", SizeRuleKind.Sequence, 12, true, new RuleOrigin("/game/restricted.rules", 3)),
        });
        rules.SizeRules[2].Directive.Should().Be("size M:System.Linq.Enumerable.ToHashSet``1(System.Collections.Generic.IEnumerable{``0}) source sequence element+12");
    }

    [Fact]
    public void A_later_size_line_for_the_same_member_replaces_the_earlier()
    {
        var rules = Load("""
            include bots
            size M:System.String.PadLeft(System.Int32) totalWidth count 4
            """).RuleSet!;

        rules.SizeRules.Should().ContainSingle(r => r.MemberId == "M:System.String.PadLeft(System.Int32)")
            .Which.FixedBytesPerUnit.Should().Be(4);
    }

    [Theory]
    [InlineData("size T:System.String length count 2", "names one method exactly")]
    [InlineData("size M:System.String.* length count 2", "names one method exactly")]
    [InlineData("size M:System.String.PadLeft(System.Int32) totalWidth lots 2", "'count' or 'sequence'")]
    [InlineData("size M:System.String.PadLeft(System.Int32) totalWidth count many", "whole number of bytes")]
    [InlineData("size M:System.String.PadLeft(System.Int32) totalWidth count -2", "whole number of bytes")]
    [InlineData("size M:System.String.PadLeft(System.Int32) totalWidth", "expected 'size MEMBER-ID")]
    public void Bad_size_lines_name_file_and_line(string line, string message)
    {
        var result = Load("# header\n" + line);

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Match<RuleError>(e =>
            e.Source == "/game/restricted.rules" && e.Line == 2 && e.Message.Contains(message));
    }

    [Fact]
    public void Size_rules_change_the_content_hash()
    {
        var without = Load("include bots").RuleSet!.ContentHash;
        var with = Load("include bots\nsize M:Game.Board.#ctor(System.Int32) cells count 8").RuleSet!.ContentHash;

        with.Should().NotBe(without);
    }

    [Fact]
    public void Every_bots_size_rule_names_an_allowed_member()
    {
        // A size rule for a member the preset refuses is dead weight; the reverse (an allowed member
        // that allocates by an argument without a size rule) is what the rewriter tests look for.
        var bots = RuleSetLoader.Preset("bots");
        bots.SizeRules.Should().NotBeEmpty();
        foreach (var size in bots.SizeRules)
        {
            bots.Matcher.Match(size.MemberId).Should().Match<SymbolRule?>(r => r != null && r.Action == RuleAction.Allow, size.MemberId);
        }
    }
}
