using RestrictedCSharp.Matches.Registry;
using RestrictedCSharp.Matches.Tests.Infrastructure;

namespace RestrictedCSharp.Matches.Tests;

/// <summary>How rcsc finds its games: the operator's registry file, then the environment's, then the nearest one above.</summary>
public sealed class GameRegistryTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("registry-tests-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void The_explicit_file_comes_before_the_environments_which_comes_before_the_nearest_above()
    {
        var deep = Directory.CreateDirectory(Path.Combine(_folder.FullName, "a", "b", "c")).FullName;
        var nearest = Path.Combine(_folder.FullName, "a", GameRegistry.FileName);
        File.WriteAllText(nearest, """{"games": []}""");

        GameRegistry.Locate("given.json", "env.json", deep).Should().Be("given.json");
        GameRegistry.Locate(null, "env.json", deep).Should().Be("env.json");
        GameRegistry.Locate(null, null, deep).Should().Be(nearest);
        GameRegistry.Locate(null, "", _folder.FullName).Should().NotBe(nearest, "a registry below the start is not found");
    }

    [Fact]
    public void The_repositorys_registry_names_both_sample_games_and_loads_their_definitions()
    {
        var registry = GameRegistry.Load(Path.Combine(Repository.Root, GameRegistry.FileName));

        registry.Games.Select(g => g.Name).Should().Equal("lightcycles", "connectfour");
        foreach (var game in registry.Games)
        {
            File.Exists(game.ApiAssemblyPath).Should().BeTrue();
            File.Exists(game.RulesPath).Should().BeTrue();
            game.Definition.Name.Should().Be(game.Name);
        }
    }

    [Theory]
    [InlineData("""{"games": ["missing/game.json"]}""", "does not exist")]
    [InlineData("""{"games": [3]}""", "every entry of \"games\" is a path")]
    [InlineData("""{"gamez": []}""", "expected {\"games\"")]
    [InlineData("""[""", "is not valid JSON")]
    public void A_broken_registry_is_a_registry_error(string text, string message)
    {
        var path = Path.Combine(_folder.FullName, GameRegistry.FileName);
        File.WriteAllText(path, text);

        FluentActions.Invoking(() => GameRegistry.Load(path)).Should().Throw<GameRegistryException>().WithMessage($"*{message}*");
    }

    [Fact]
    public void A_manifest_with_a_bad_name_or_a_missing_field_is_a_registry_error()
    {
        var badName = Path.Combine(_folder.FullName, "bad.json");
        File.WriteAllText(badName, """{"name": "Light Cycles", "definition": "d.dll", "type": "T", "api": "a.dll", "rules": "r.rules"}""");
        var missing = Path.Combine(_folder.FullName, "missing.json");
        File.WriteAllText(missing, """{"name": "x"}""");

        FluentActions.Invoking(() => GameManifest.Load(badName)).Should().Throw<GameRegistryException>().WithMessage("*is not lower case letters and digits*");
        FluentActions.Invoking(() => GameManifest.Load(missing)).Should().Throw<GameRegistryException>().WithMessage("*needs the strings name, definition, type, api and rules*");
    }
}
