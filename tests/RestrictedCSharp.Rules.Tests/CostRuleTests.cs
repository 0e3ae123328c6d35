namespace RestrictedCSharp.Rules.Tests;

public class CostRuleTests
{
    private static RulesLoadResult Load(string text) => RuleSetLoader.Load(text, "/game/restricted.rules");

    [Fact]
    public void Cost_lines_are_read_with_their_reason_and_the_most_specific_decides()
    {
        var rules = Load("""
            cost M:Game.Board none ; the board is a fixed table
            cost M:Game.Board.Scan all
            cost M:Game.Board.Scan(System.Int32) sorted
            cost M:Game.Board.Find pulled
            cost M:Game.Board.Lookup arguments
            cost M:Game.Board.Split matches
            """).RuleSet!;

        rules.CostRules.Should().HaveCount(6);
        rules.CostRules[0].ToString().Should().Be("cost M:Game.Board none ; the board is a fixed table");
        rules.GetLibraryCost("M:Game.Board.Neighbours(System.Int32)").Should().Be(LibraryCost.None);
        rules.GetLibraryCost("M:Game.Board.Scan").Should().Be(LibraryCost.All);
        rules.GetLibraryCost("M:Game.Board.Scan(System.Int32)").Should().Be(LibraryCost.Sorted);
        rules.GetLibraryCost("M:Game.Board.Find(System.String)").Should().Be(LibraryCost.Pulled);
        rules.GetLibraryCost("M:Game.Board.Lookup(System.String)").Should().Be(LibraryCost.Arguments);
        rules.GetLibraryCost("M:Game.Board.Split(System.Char)").Should().Be(LibraryCost.Matches);
        rules.CostRules[5].Directive.Should().Be("cost M:Game.Board.Split matches");
        rules.GetLibraryCost("M:Game.Other.Scan").Should().Be(LibraryCost.All, "a member no line covers is charged for everything");
    }

    [Fact]
    public void A_later_cost_line_for_the_same_pattern_replaces_the_earlier()
    {
        var rules = Load("""
            include bots
            cost M:System.Collections.Generic.List`1.Add all ; this game charges adds
            """).RuleSet!;

        rules.GetLibraryCost("M:System.Collections.Generic.List`1.Add(`0)").Should().Be(LibraryCost.All);
    }

    [Theory]
    [InlineData("cost M:Game.Board.Scan cheap", "'all', 'arguments', 'none', 'sorted', 'pulled' or 'matches'")]
    [InlineData("cost Game.Board.Scan none", "not a documentation-comment ID")]
    [InlineData("cost M:Game.Board.Scan", "expected 'cost ID")]
    [InlineData("cost M:Game.Board.*.Scan none", "only allowed at the end")]
    public void Bad_cost_lines_name_file_and_line(string line, string message)
    {
        var result = Load("# header\n" + line);

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Match<RuleError>(e =>
            e.Source == "/game/restricted.rules" && e.Line == 2 && e.Message.Contains(message));
    }

    [Fact]
    public void Cost_rules_change_the_content_hash()
    {
        var without = Load("include bots").RuleSet!.ContentHash;
        var with = Load("include bots\ncost M:Game.Board.Scan none").RuleSet!.ContentHash;

        with.Should().NotBe(without);
    }

    [Fact]
    public void Every_cost_line_of_the_bots_preset_gives_its_reason_unless_it_only_adds_charges()
    {
        var bots = RuleSetLoader.Preset(Presets.Bots);

        bots.CostRules.Where(r => r.Cost is LibraryCost.None or LibraryCost.Arguments or LibraryCost.Pulled)
            .Should().OnlyContain(r => !string.IsNullOrWhiteSpace(r.Reason), "a line that makes a member cheaper must say why");
    }
}
