using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Cli.Tests;

public class RulesCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task List_shows_every_effective_rule_feature_limit_size_and_cost_with_its_origin()
    {
        var rules = _folder.Write("restricted.rules", "include bots\n\nlimit ticks 5000\nallow N:MyGame.Api ; the game's API\nfeature goto off\ncost M:MyGame.Api.World.Neighbours none ; a fixed table\n");

        var run = await Rcsc.RunAsync("rules", "list", "--rules", rules);

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        var lines = run.Stdout.Split('\n', StringSplitOptions.TrimEntries);
        lines[0].Should().Contain(rules).And.Contain("preset:bots");
        lines.Should().Contain(l => l.StartsWith($"{rules}:3 ") && l.EndsWith("limit ticks 5000"));
        lines.Should().Contain(l => l.StartsWith($"{rules}:4 ") && l.EndsWith("allow N:MyGame.Api ; the game's API"));
        lines.Should().Contain(l => l.StartsWith($"{rules}:5 ") && l.EndsWith("feature goto off"));
        lines.Should().Contain(l => l.StartsWith($"{rules}:6 ") && l.EndsWith("cost M:MyGame.Api.World.Neighbours none ; a fixed table"));
        lines.Should().Contain(l => l.StartsWith("preset:bots:") && l.Contains("cost M:System.Collections.Generic.List`1.Add none"));
        lines.Should().Contain(l => l.StartsWith("preset:bots:") && l.Contains("size M:System.String.PadLeft(System.Int32) totalWidth count 2"));
        lines.Should().Contain(l => l.StartsWith("preset:bots:") && l.Contains("deny N:System.IO"));
        lines.Should().Contain(l => l.StartsWith("preset:bots:") && l.EndsWith("feature events on"));
        lines.Should().Contain(l => l.StartsWith("(default)") && l.EndsWith("feature unsafe off"));
        foreach (var limit in BudgetLimit.All)
        {
            lines.Should().Contain(l => l.Contains($"limit {limit.Name} "));
        }
    }

    [Fact]
    public async Task List_of_a_broken_rules_file_exits_2_with_RCX0901()
    {
        var rules = _folder.Write("restricted.rules", "include nothing-like-this\n");

        var run = await Rcsc.RunAsync("rules", "list", "--rules", rules);

        run.ExitCode.Should().Be(ExitCodes.UsageOrInput, run.ToString());
        run.Stdout.Should().Contain("RCX0901").And.Contain("nothing-like-this");
    }

    [Fact]
    public async Task List_without_a_rules_file_shows_the_effective_rules_here()
    {
        var run = await Rcsc.RunAsync("rules", "list");

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        run.Stdout.Should().Contain("limit ticks");
    }

    [Theory]
    [InlineData("RCX0001", "Symbols")]
    [InlineData("rcx1004", "Submission")]
    [InlineData("RCX0901", "Rules")]
    public async Task Explain_describes_a_diagnostic(string id, string category)
    {
        var run = await Rcsc.RunAsync("rules", "explain", id);

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        run.Stdout.Should().StartWith(id.ToUpperInvariant() + ": ");
        run.Stdout.Should().Contain($"Category: {category}");
        run.Stdout.Should().Contain($"docs/rules/{id.ToUpperInvariant()}.md");
    }

    [Theory]
    [InlineData("RCX9999")]
    [InlineData("CS0103")]
    [InlineData("nonsense")]
    public async Task Explain_of_an_unknown_id_exits_2(string id)
    {
        var run = await Rcsc.RunAsync("rules", "explain", id);

        run.ExitCode.Should().Be(ExitCodes.UsageOrInput, run.ToString());
        run.Stderr.Should().Contain(id);
    }

    [Fact]
    public async Task Init_writes_a_starter_file_that_loads_and_includes_bots()
    {
        var run = await Rcsc.RunAsync("rules", "init", "--output", _folder.Path);

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        var path = _folder.Combine("restricted.rules");
        var text = File.ReadAllText(path);
        text.Should().Contain("include bots").And.Contain("# allow").And.Contain("# deny").And.Contain("feature").And.Contain("limit");
        var loaded = RuleSetLoader.Load(text, path);
        loaded.Succeeded.Should().BeTrue(string.Join("\n", loaded.Errors));
        loaded.RuleSet!.Sources.Should().Contain("preset:bots");
        Directory.GetFiles(_folder.Path).Should().ContainSingle("no temporary file is left behind");
    }

    [Fact]
    public async Task Init_refuses_to_overwrite_without_force_and_keeps_the_old_file()
    {
        var path = _folder.Write("mine.rules", "include strict\n# my careful work\n");

        var run = await Rcsc.RunAsync("rules", "init", "--output", path);

        run.ExitCode.Should().Be(ExitCodes.UsageOrInput, run.ToString());
        run.Stderr.Should().Contain("--force");
        File.ReadAllText(path).Should().Be("include strict\n# my careful work\n");
    }

    [Fact]
    public async Task Init_with_force_overwrites()
    {
        var path = _folder.Write("restricted.rules", "old\n");

        var run = await Rcsc.RunAsync("rules", "init", "--output", path, "--force");

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        File.ReadAllText(path).Should().Be(StarterRulesFile.Text);
    }

    [Fact]
    public async Task Init_into_a_missing_folder_exits_2()
    {
        var run = await Rcsc.RunAsync("rules", "init", "--output", _folder.Combine("no/such/folder/restricted.rules"));

        run.ExitCode.Should().Be(ExitCodes.UsageOrInput, run.ToString());
    }
}
