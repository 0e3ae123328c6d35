using RestrictedCSharp.Rules.Tests.Support;

namespace RestrictedCSharp.Rules.Tests;

public class RuleSetLoaderTests
{
    [Fact]
    public void Reads_every_directive()
    {
        var rules = RulesText.Load("""
            # a comment line

            allow N:System.Collections.Generic
            deny  M:System.Object.GetType ; reflection: use pattern matching
            feature goto on
            limit ticks 5000
            """);

        rules.SymbolRules.Select(r => r.ToString()).Should().Equal(
            "allow N:System.Collections.Generic",
            "deny M:System.Object.GetType ; reflection: use pattern matching");
        rules.SymbolRules[0].Origin.Should().Be(new RuleOrigin(RulesText.FileName, 3));
        rules.SymbolRules[1].Origin.Should().Be(new RuleOrigin(RulesText.FileName, 4));
        rules.IsEnabled(LanguageFeature.Goto).Should().BeTrue();
        rules.Features[LanguageFeature.Goto].Origin.Line.Should().Be(5);
        rules.GetLimit(BudgetLimit.Ticks).Should().Be(5000);
        rules.Limits["ticks"].Origin.Line.Should().Be(6);
        rules.Sources.Should().Equal(RulesText.FileName);
    }

    [Fact]
    public void Hash_inside_an_id_is_not_a_comment()
    {
        var rules = RulesText.Load("allow M:System.Random.#ctor(System.Int32)");
        rules.SymbolRules.Should().ContainSingle().Which.Pattern.Text.Should().Be("M:System.Random.#ctor(System.Int32)");
    }

    [Theory]
    [InlineData("allow T:System.String # strings")]
    [InlineData("allow T:System.String\t# strings")]
    [InlineData("   allow    T:System.String   ")]
    [InlineData("allow T:System.String #")]
    public void Comment_after_white_space_ends_the_directive(string line)
    {
        var rules = RulesText.Load(line);
        rules.SymbolRules.Should().ContainSingle().Which.Directive.Should().Be("allow T:System.String");
        rules.SymbolRules[0].Reason.Should().BeNull();
    }

    [Fact]
    public void Reason_runs_to_the_end_of_the_line_and_may_contain_a_hash()
    {
        var rules = RulesText.Load("deny T:System.Console ; no console # use the game's log  ");
        rules.SymbolRules.Single().Reason.Should().Be("no console # use the game's log");
    }

    [Fact]
    public void Semicolon_inside_a_comment_is_not_a_reason()
    {
        var rules = RulesText.Load("deny T:System.Console # no console; really");
        rules.SymbolRules.Single().Reason.Should().BeNull();
    }

    [Fact]
    public void Empty_reason_is_no_reason()
    {
        RulesText.Load("deny T:System.Console ;   ").SymbolRules.Single().Reason.Should().BeNull();
    }

    [Fact]
    public void Windows_line_endings_are_accepted()
    {
        var rules = RulesText.Load("allow T:System.String\r\ndeny T:System.Console ; no console\r\nlimit depth 10\r\n");
        rules.SymbolRules.Select(r => r.ToString()).Should().Equal("allow T:System.String", "deny T:System.Console ; no console");
        rules.GetLimit(BudgetLimit.Depth).Should().Be(10);
    }

    [Theory]
    [InlineData("feature goto on ; because", 1)]
    [InlineData("limit ticks 10 ; because", 1)]
    [InlineData("include bots ; because", 1)]
    [InlineData("allow T:System.String\n; dangling reason", 2)]
    public void Reason_is_only_allowed_on_allow_and_deny(string text, int line)
    {
        var error = RulesText.SingleError(text);
        error.Line.Should().Be(line);
        error.Source.Should().Be(RulesText.FileName);
        error.Message.Should().Contain("reason");
    }

    [Theory]
    [InlineData("permit T:System.String", "unknown directive 'permit'")]
    [InlineData("Allow T:System.String", "unknown directive 'Allow'")]
    [InlineData("allow", "expected 'allow|deny ID'")]
    [InlineData("deny T:A T:B", "expected 'allow|deny ID'")]
    [InlineData("include", "expected 'include PRESET-OR-FILE'")]
    [InlineData("feature goto", "expected 'feature NAME on|off'")]
    [InlineData("limit ticks", "expected 'limit NAME VALUE'")]
    [InlineData("limit ticks 1 2", "expected 'limit NAME VALUE'")]
    public void Malformed_directive_is_an_error_naming_file_and_line(string directive, string message)
    {
        var error = RulesText.SingleError("# header\n\n" + directive);
        error.Should().Be(new RuleError(RulesText.FileName, 3, error.Message));
        error.Message.Should().Contain(message);
        error.ToString().Should().StartWith($"{RulesText.FileName}(3): ");
    }

    [Theory]
    [InlineData("feature teleport on", "unknown feature 'teleport'")]
    [InlineData("feature goto yes", "must be 'on' or 'off'")]
    [InlineData("feature Goto on", "unknown feature 'Goto'")]
    [InlineData("limit warp 10", "unknown limit 'warp'")]
    [InlineData("limit ticks 0", "positive whole number")]
    [InlineData("limit ticks -5", "positive whole number")]
    [InlineData("limit ticks 1.5", "positive whole number")]
    [InlineData("limit ticks ten", "positive whole number")]
    [InlineData("limit ticks 99999999999999999999", "positive whole number")]
    [InlineData("include chess", "unknown preset 'chess'")]
    public void Unknown_feature_limit_or_preset_is_an_error(string directive, string message)
    {
        var error = RulesText.SingleError("allow T:System.String\n" + directive);
        error.Line.Should().Be(2);
        error.Source.Should().Be(RulesText.FileName);
        error.Message.Should().Contain(message);
    }

    public static TheoryData<string> NonEnableableFeatures()
    {
        var data = new TheoryData<string>();
        foreach (var info in LanguageFeatureInfo.All.Where(f => !f.CanEnable))
        {
            data.Add(info.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NonEnableableFeatures))]
    public void Feature_that_breaks_memory_safety_cannot_be_enabled(string name)
    {
        var error = RulesText.SingleError($"feature {name} on");
        error.Line.Should().Be(1);
        error.Message.Should().Contain($"'{name}' cannot be enabled");
        RulesText.Load($"feature {name} off").IsEnabled(LanguageFeatureInfo.All.Single(f => f.Name == name).Feature).Should().BeFalse();
    }

    [Fact]
    public void Every_feature_has_a_distinct_name_and_is_listed_in_enum_order()
    {
        LanguageFeatureInfo.All.Select(f => f.Feature).Should().Equal(Enum.GetValues<LanguageFeature>());
        LanguageFeatureInfo.All.Select(f => f.Name).Should().OnlyHaveUniqueItems();
        foreach (var feature in Enum.GetValues<LanguageFeature>())
        {
            LanguageFeatureInfo.Get(feature).Feature.Should().Be(feature);
        }
    }

    [Theory]
    [InlineData("async")]
    [InlineData("lock")]
    [InlineData("goto")]
    [InlineData("method-impl")]
    [InlineData("events")]
    public void Enableable_features_can_be_switched_on(string name)
    {
        var feature = LanguageFeatureInfo.All.Single(f => f.Name == name).Feature;
        RulesText.Load($"feature {name} on").IsEnabled(feature).Should().BeTrue();
        RulesText.Load(string.Empty).IsEnabled(feature).Should().BeFalse("features are off unless a rules file switches them on");
    }

    [Fact]
    public void Limits_accept_digit_separators_and_default_when_unset()
    {
        var rules = RulesText.Load("limit alloc-bytes 16_777_216");
        rules.GetLimit(BudgetLimit.AllocatedBytes).Should().Be(16_777_216);
        foreach (var limit in BudgetLimit.All.Where(l => l != BudgetLimit.AllocatedBytes))
        {
            rules.GetLimit(limit).Should().Be(limit.DefaultValue);
        }
    }

    [Theory]
    [InlineData("X:System.String", "not a documentation-comment ID")]
    [InlineData("System.String", "not a documentation-comment ID")]
    [InlineData("t:System.String", "not a documentation-comment ID")]
    [InlineData("T:", "not a documentation-comment ID")]
    [InlineData("T:Sys*tem.String", "only allowed at the end")]
    [InlineData("T:System.*.String", "only allowed at the end")]
    [InlineData("T:.String", "empty name segment")]
    [InlineData("T:System..String", "empty name segment")]
    public void Bad_pattern_is_an_error_naming_file_and_line(string pattern, string message)
    {
        var error = RulesText.SingleError($"allow T:System.Object\n\nallow {pattern}");
        error.Source.Should().Be(RulesText.FileName);
        error.Line.Should().Be(3);
        error.Message.Should().Contain(message);
    }

    [Fact]
    public void Every_error_is_reported_and_no_rule_set_is_produced()
    {
        var result = RuleSetLoader.Load("allow T:System.String\nbogus\nlimit ticks 0\nallow Q:x\n", RulesText.FileName);
        result.RuleSet.Should().BeNull();
        result.Errors.Select(e => e.Line).Should().Equal(2, 3, 4);
    }

    [Fact]
    public void Later_line_restating_a_pattern_replaces_the_earlier_one()
    {
        var rules = RulesText.Load("""
            deny T:System.Console ; no console
            allow T:System.String
            allow T:System.Console
            """);

        rules.SymbolRules.Select(r => r.Directive).Should().Equal("allow T:System.String", "allow T:System.Console");
        var console = rules.Matcher.Match("M:System.Console.WriteLine(System.String)")!;
        console.Action.Should().Be(RuleAction.Allow);
        console.Origin.Line.Should().Be(3);
    }

    [Fact]
    public void Game_can_lift_a_preset_deny_by_restating_it()
    {
        var preset = RuleSetLoader.Preset(Presets.Bots);
        preset.Decide("M:System.Console.WriteLine(System.String)").Should().Be(RuleAction.Deny);

        var rules = RulesText.Load("include bots\nallow T:System.Console ; the game captures the output");
        var rule = rules.Matcher.Match("M:System.Console.WriteLine(System.String)")!;
        rule.Action.Should().Be(RuleAction.Allow);
        rule.Origin.Should().Be(new RuleOrigin(RulesText.FileName, 2));
        rules.SymbolRules.Count(r => r.Pattern.Text == "T:System.Console").Should().Be(1);
        rules.Decide("M:System.IO.File.ReadAllText(System.String)").Should().Be(RuleAction.Deny, "the rest of the preset still holds");
    }

    [Fact]
    public void Features_and_limits_last_one_wins()
    {
        var rules = RulesText.Load("""
            feature goto on
            limit ticks 100
            feature goto off
            limit ticks 200
            feature async on
            """);

        rules.IsEnabled(LanguageFeature.Goto).Should().BeFalse();
        rules.Features[LanguageFeature.Goto].Origin.Line.Should().Be(3);
        rules.GetLimit(BudgetLimit.Ticks).Should().Be(200);
        rules.Limits["ticks"].Origin.Line.Should().Be(4);
        rules.IsEnabled(LanguageFeature.Async).Should().BeTrue();
    }

    [Fact]
    public void Preset_is_included_where_it_stands()
    {
        var rules = RulesText.Load("feature goto off\ninclude bots\nlimit ticks 42");
        rules.Sources.Should().Equal(RulesText.FileName, Presets.SourceName(Presets.Bots));
        rules.IsEnabled(LanguageFeature.Goto).Should().BeTrue("the preset's line comes after the file's");
        rules.GetLimit(BudgetLimit.Ticks).Should().Be(42, "the file's line comes after the preset's");
        rules.Matcher.Match("T:System.Text.StringBuilder")!.Origin.Source.Should().Be("preset:bots");
    }

    [Fact]
    public void File_is_included_through_the_callback_relative_to_the_including_file()
    {
        var requested = new List<string>();
        var files = new Dictionary<string, string>
        {
            ["/game/rules/extra.rules"] = "allow T:Game.Api\ndeny M:Game.Api.Cheat ; not for bots",
        };
        var rules = RulesText.Load("include bots\ninclude rules/extra.rules\n", path =>
        {
            requested.Add(path);
            return files.TryGetValue(path, out var text) ? text : null;
        });

        requested.Should().Equal("/game/rules/extra.rules");
        rules.Sources.Should().Equal(RulesText.FileName, "preset:bots", "/game/rules/extra.rules");
        rules.Decide("M:Game.Api.Move(System.Int32)").Should().Be(RuleAction.Allow);
        var cheat = rules.Matcher.Match("M:Game.Api.Cheat")!;
        cheat.Action.Should().Be(RuleAction.Deny);
        cheat.Origin.Should().Be(new RuleOrigin("/game/rules/extra.rules", 2));
        cheat.Reason.Should().Be("not for bots");
    }

    [Fact]
    public void Error_in_an_included_file_names_that_file_and_its_line()
    {
        var error = RulesText.SingleError("allow T:System.String\ninclude other.rules", _ => "allow T:System.Object\nfeature unsafe on");
        error.Source.Should().Be("/game/other.rules");
        error.Line.Should().Be(2);
    }

    [Fact]
    public void Unreadable_include_is_an_error()
    {
        var error = RulesText.SingleError("include missing.rules", _ => null);
        error.Should().BeEquivalentTo(new { Source = RulesText.FileName, Line = 1 });
        error.Message.Should().Contain("cannot read").And.Contain("/game/missing.rules");
    }

    [Fact]
    public void File_include_without_a_reader_is_an_error()
    {
        var error = RulesText.SingleError("include ./other.rules");
        error.Line.Should().Be(1);
        error.Message.Should().Contain("only presets");
    }

    [Fact]
    public void Include_cycle_is_an_error()
    {
        var files = new Dictionary<string, string>
        {
            ["/game/a.rules"] = "allow T:System.String\ninclude b.rules",
            ["/game/b.rules"] = "allow T:System.Object\n\ninclude a.rules",
        };
        var result = RuleSetLoader.Load(files["/game/a.rules"], "/game/a.rules", p => files.GetValueOrDefault(p));
        result.Succeeded.Should().BeFalse();
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Source.Should().Be("/game/b.rules");
        error.Line.Should().Be(3);
        error.Message.Should().Contain("includes itself");
    }

    [Fact]
    public void File_including_itself_by_another_spelling_is_a_cycle()
    {
        var reads = 0;
        var result = RuleSetLoader.Load("include ./sub/../self.rules", "/game/self.rules", _ =>
        {
            reads++;
            return "include ./sub/../self.rules";
        });
        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Message.Should().Contain("includes itself");
        reads.Should().Be(0, "the file is the one being read");
    }

    [Fact]
    public void Including_a_preset_twice_is_not_a_cycle()
    {
        var rules = RulesText.Load("include strict\ninclude bots");
        rules.Decide("M:System.Linq.Enumerable.Count``1(System.Collections.Generic.IEnumerable{``0})").Should().Be(RuleAction.Allow, "bots comes last");
    }

    [Fact]
    public void Load_preset_by_name()
    {
        RuleSetLoader.LoadPreset("strict").RuleSet!.Sources.Should().Equal("preset:strict", "preset:bots");
        var unknown = RuleSetLoader.LoadPreset("nope");
        unknown.Succeeded.Should().BeFalse();
        unknown.Errors.Single().Message.Should().Contain("unknown preset 'nope'");
        var act = () => RuleSetLoader.Preset("nope");
        act.Should().Throw<InvalidOperationException>().WithMessage("*nope*");
    }

    [Fact]
    public void Empty_file_is_an_empty_allowlist()
    {
        var rules = RulesText.Load(string.Empty);
        rules.SymbolRules.Should().BeEmpty();
        rules.Matcher.Match("T:System.String").Should().BeNull();
    }
}
