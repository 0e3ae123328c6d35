using Microsoft.CodeAnalysis;
using RestrictedCSharp.Analyzers.Tests.Infrastructure;
using static RestrictedCSharp.Analyzers.Tests.Infrastructure.AnalyzerRunner;

namespace RestrictedCSharp.Analyzers.Tests;

/// <summary>Where the rules come from: the project's restricted.rules, its includes, the default, or the server's rule set.</summary>
public class RulesSourceTests
{
    private const string UsesConsole = """
        class Bot
        {
            void Run() => System.Console.WriteLine("x");
        }
        """;

    [Fact]
    public async Task Without_a_rules_file_the_bots_preset_applies()
    {
        var diagnostics = await RunAsync(TestCompilations.Create(UsesConsole));
        diagnostics.Select(d => d.Id).Should().Equal("RCX0001");
        diagnostics[0].GetMessage().Should().Contain("preset:bots");
    }

    [Fact]
    public async Task The_projects_restricted_rules_is_read_from_additional_files()
    {
        var rules = new InMemoryAdditionalText("/bot/restricted.rules", "include bots\nallow T:System.Console ; the game captures output\n");
        var diagnostics = await RunAsync(TestCompilations.Create(UsesConsole), additionalFiles: [rules]);
        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public async Task Includes_of_rules_files_are_served_from_other_additional_files()
    {
        var main = new InMemoryAdditionalText("/bot/restricted.rules", "include bots\ninclude shared/console.rules\n");
        var shared = new InMemoryAdditionalText("/bot/shared/console.rules", "deny M:System.Console.WriteLine ; from the shared file\n");
        var compilation = TestCompilations.Create(UsesConsole);
        var diagnostics = await RunAsync(compilation, additionalFiles: [main, shared]);
        diagnostics.Single().GetMessage().Should().Contain("/bot/shared/console.rules:1").And.EndWith("from the shared file");
    }

    [Fact]
    public async Task An_explicit_rule_set_wins_and_additional_files_are_ignored()
    {
        var lenient = new InMemoryAdditionalText("/bot/restricted.rules", "include bots\nallow T:System.Console\n");
        var broken = new InMemoryAdditionalText("/bot/other/restricted.rules", "this is not a rule\n");
        var diagnostics = await RunAsync(TestCompilations.Create(UsesConsole), Bots, [lenient, broken]);
        diagnostics.Select(d => d.Id).Should().Equal("RCX0001");
    }

    [Fact]
    public async Task A_broken_rules_file_reports_RCX0901_at_each_bad_line_and_nothing_else()
    {
        var text = "include bots\nallow Q:Nope\n\nfeature unsafe on\n";
        var rules = new InMemoryAdditionalText("/bot/restricted.rules", text);
        var source = UsesConsole + "\nunsafe class Other { }\n";
        var diagnostics = await RunAsync(TestCompilations.Create(source), additionalFiles: [rules]);

        diagnostics.Select(d => d.Id).Should().Equal("RCX0901", "RCX0901");
        var lines = diagnostics.Select(d => d.Location.GetLineSpan()).OrderBy(s => s.StartLinePosition.Line).ToList();
        lines.Select(l => l.Path).Should().AllBe("/bot/restricted.rules");
        lines.Select(l => l.StartLinePosition.Line).Should().Equal(1, 3);
        lines[0].EndLinePosition.Character.Should().Be("allow Q:Nope".Length);
        diagnostics.Select(d => d.Location.SourceSpan.Start).Should().Contain(text.IndexOf("allow Q", StringComparison.Ordinal));
        diagnostics.Should().OnlyContain(d => d.GetMessage().StartsWith("Rules file '/bot/restricted.rules', line "));
    }

    [Fact]
    public async Task An_error_in_an_included_file_is_reported_in_that_file()
    {
        var main = new InMemoryAdditionalText("/bot/restricted.rules", "include bots\ninclude extra.rules\n");
        var extra = new InMemoryAdditionalText("/bot/extra.rules", "# extra\nlimit ticks many\n");
        var diagnostics = await RunAsync(TestCompilations.Create(UsesConsole), additionalFiles: [main, extra]);
        var error = diagnostics.Should().ContainSingle().Which;
        error.Id.Should().Be("RCX0901");
        error.Location.GetLineSpan().Path.Should().Be("/bot/extra.rules");
        error.Location.GetLineSpan().StartLinePosition.Line.Should().Be(1);
    }

    [Fact]
    public async Task A_missing_include_is_reported_at_the_include_line()
    {
        var main = new InMemoryAdditionalText("/bot/restricted.rules", "include bots\ninclude missing.rules\n");
        var diagnostics = await RunAsync(TestCompilations.Create(UsesConsole), additionalFiles: [main]);
        var error = diagnostics.Should().ContainSingle().Which;
        error.Location.GetLineSpan().StartLinePosition.Line.Should().Be(1);
        error.GetMessage().Should().Contain("missing.rules");
    }

    [Fact]
    public async Task The_file_the_package_marks_as_root_is_the_projects_rules_whatever_its_name()
    {
        var policy = new InMemoryAdditionalText("/bot/policy/game.rules", "include bots\ninclude console.rules\n");
        var console = new InMemoryAdditionalText("/bot/policy/console.rules", "allow T:System.Console\n");
        var ignored = new InMemoryAdditionalText("/bot/restricted.rules", "not a rules file\n");
        var metadata = new ItemMetadataOptions(new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["/bot/policy/game.rules"] = new Dictionary<string, string> { ["RestrictedCSharpRulesRole"] = "root" },
            ["/bot/policy/console.rules"] = new Dictionary<string, string> { ["RestrictedCSharpRulesRole"] = "include" },
        });
        var diagnostics = await RunAsync(TestCompilations.Create(UsesConsole), additionalFiles: [policy, console, ignored], itemMetadata: metadata);
        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public async Task Two_restricted_rules_files_are_an_error()
    {
        var one = new InMemoryAdditionalText("/bot/a/restricted.rules", "include bots\n");
        var two = new InMemoryAdditionalText("/bot/b/restricted.rules", "include bots\n");
        var diagnostics = await RunAsync(TestCompilations.Create(UsesConsole), additionalFiles: [one, two]);
        diagnostics.Should().ContainSingle().Which.Id.Should().Be("RCX0901");
    }

    [Fact]
    public async Task Editing_the_rules_file_takes_effect_and_unchanged_text_is_reused()
    {
        var compilation = TestCompilations.Create(UsesConsole);
        var strict = new InMemoryAdditionalText("/bot/restricted.rules", "include bots\n");
        var lenient = new InMemoryAdditionalText("/bot/restricted.rules", "include bots\nallow T:System.Console\n");
        (await RunAsync(compilation, additionalFiles: [strict])).Should().ContainSingle();
        (await RunAsync(compilation, additionalFiles: [lenient])).Should().BeEmpty();
        (await RunAsync(compilation, additionalFiles: [new InMemoryAdditionalText("/bot/restricted.rules", "include bots\n")])).Should().ContainSingle();
    }

    [Fact]
    public async Task Pragmas_do_not_hide_the_diagnostics()
    {
        var source = "#pragma warning disable RCX0001\n" + UsesConsole;
        var diagnostics = await RunAsync(TestCompilations.Create(source));
        diagnostics.Should().ContainSingle().Which.IsSuppressed.Should().BeFalse();
    }
}
