namespace RestrictedCSharp.Compiler.Tests.Validation;

public class RulesFilesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Loads_a_rules_file_and_the_files_it_includes_from_disk()
    {
        _folder.Write("shared/game.rules", "allow N:MyGame.Api\nlimit ticks 5000\n");
        var path = _folder.Write("restricted.rules", "include bots\ninclude shared/game.rules\nfeature goto off\n");

        var loaded = RulesFiles.Load(path);

        loaded.Succeeded.Should().BeTrue(string.Join("\n", loaded.Diagnostics));
        loaded.Source.Should().Be(path);
        loaded.Rules!.Sources.Should().Equal(path, "preset:bots", Path.Combine(_folder.Path, "shared", "game.rules"));
        loaded.Rules.GetLimit(RestrictedCSharp.Rules.BudgetLimit.Ticks).Should().Be(5000);
    }

    [Fact]
    public void An_error_is_RCX0901_naming_the_file_and_line()
    {
        var included = _folder.Write("game.rules", "allow N:MyGame\n\nallwo T:System.Foo\n");
        var path = _folder.Write("restricted.rules", "include bots\ninclude game.rules\n");

        var loaded = RulesFiles.Load(path);

        loaded.Succeeded.Should().BeFalse();
        loaded.Rules.Should().BeNull();
        var diagnostic = loaded.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Should().BeEquivalentTo(new { Id = "RCX0901", File = included, Line = 3, Column = 1 });
        diagnostic.Severity.Should().Be(Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        diagnostic.Message.Should().Contain("allwo").And.Contain(included).And.Contain("3");
    }

    [Fact]
    public void A_missing_rules_file_is_RCX0901_naming_it()
    {
        var path = Path.Combine(_folder.Path, "nope.rules");

        var loaded = RulesFiles.Load(path);

        loaded.Succeeded.Should().BeFalse();
        loaded.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Id = "RCX0901", File = path });
    }

    [Fact]
    public void A_missing_include_is_RCX0901_on_the_include_line()
    {
        var path = _folder.Write("restricted.rules", "include bots\n\ninclude missing.rules\n");

        var loaded = RulesFiles.Load(path);

        loaded.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Id = "RCX0901", File = path, Line = 3 });
    }

    [Fact]
    public void Finds_the_nearest_rules_file_walking_up_from_a_file_or_folder()
    {
        var outer = _folder.Write("restricted.rules", "include bots\n");
        var inner = _folder.Write("a/b/restricted.rules", "include strict\n");
        var deepFile = _folder.Write("a/b/c/d/Bot.cs", "class C { }");
        var siblingFile = _folder.Write("a/x/Bot.cs", "class C { }");

        RulesFiles.FindNearest(deepFile).Should().Be(inner);
        RulesFiles.FindNearest(Path.GetDirectoryName(deepFile)!).Should().Be(inner);
        RulesFiles.FindNearest(siblingFile).Should().Be(outer);
        RulesFiles.FindNearest(_folder.Path).Should().Be(outer);
    }

    [Fact]
    public void Without_a_rules_file_the_bots_preset_is_used()
    {
        var file = _folder.Write("Bot.cs", "class C { }");

        var loaded = RulesFiles.LoadNearestOrDefault(file);

        // (Only meaningful when no rules file sits above the temp folder, which nothing here creates.)
        loaded.Source.Should().Be("preset:bots");
        loaded.Rules!.Sources.Should().Equal("preset:bots");
    }
}
