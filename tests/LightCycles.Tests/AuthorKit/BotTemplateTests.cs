using System.Text.RegularExpressions;
using LightCycles.Tests.Infrastructure;
using RestrictedCSharp.Compiler;

namespace LightCycles.Tests.AuthorKit;

/// <summary>
/// The author's kit end to end: the <c>lightcycles-bot</c> template installed into a private hive, a
/// project created from it and built against the freshly packed analyzer package and game API, exactly
/// as an author would. Each build takes seconds, so the tests are few.
/// </summary>
[Collection(AuthorWorkspaceCollection.Name)]
public sealed partial class BotTemplateTests(AuthorWorkspace workspace)
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(3);

    private static string TemplateDirectory => AuthorWorkspace.TemplateDirectory;

    private static string SampleProjectDirectory => Path.Combine(BuildSettings.RepositoryRoot, "samples", "BotProject");

    [Fact]
    public async Task A_new_bot_builds_clean_and_a_file_read_fails_the_build_with_RCX0001()
    {
        var project = await CreateAsync("Zapper");
        File.Exists(Path.Combine(project, "Zapper.csproj")).Should().BeTrue();

        var clean = await workspace.RunAsync(project, CommandTimeout, "build", "-v:minimal");
        clean.Succeeded.Should().BeTrue(clean.ToString());
        clean.Output.Should().NotContain("RCX").And.Contain("0 Warning(s)");

        var bot = Path.Combine(project, "Bot.cs");
        var source = await File.ReadAllTextAsync(bot);
        const string Anchor = "        var me = view.Me;\n";
        source.Should().Contain(Anchor);
        await File.WriteAllTextAsync(bot, source.Replace(Anchor, Anchor + "        Log.Write(System.IO.File.ReadAllText(\"/etc/hostname\"));\n"));
        var line = Array.FindIndex((await File.ReadAllTextAsync(bot)).Split('\n'), l => l.Contains("ReadAllText")) + 1;

        var rejected = await workspace.RunAsync(project, CommandTimeout, "build", "-v:minimal");

        rejected.Succeeded.Should().BeFalse(rejected.ToString());
        var errors = ErrorLine().Matches(rejected.Output).Select(m => $"{m.Groups["file"].Value}({m.Groups["line"].Value}): {m.Groups["id"].Value}").Distinct();
        errors.Should().Equal($"Bot.cs({line}): RCX0001");
        rejected.Output.Should().Contain("'System.IO.File.ReadAllText(string)' is not allowed: denied by 'deny N:System.IO'");
    }

    [Fact]
    public async Task The_sample_bot_project_is_what_the_template_makes_and_carries_the_games_rules()
    {
        var project = await CreateAsync("BotProject");

        foreach (var file in new[] { "BotProject.csproj", "Bot.cs", "restricted.rules", "rcsc.json" })
        {
            (await File.ReadAllTextAsync(Path.Combine(SampleProjectDirectory, file)))
                .Should().Be(await File.ReadAllTextAsync(Path.Combine(project, file)), $"samples/BotProject/{file} is the template's output");
        }
        (await File.ReadAllTextAsync(Path.Combine(TemplateDirectory, "restricted.rules")))
            .Should().Be(await File.ReadAllTextAsync(SampleFiles.RulesPath), "the template ships the game's rules file");
    }

    [Fact]
    public async Task The_starter_bot_is_accepted_by_the_server()
    {
        var sources = SourceFileReader.ReadAll([Path.Combine(TemplateDirectory, "Bot.cs")]);

        var result = await ToolchainBuilds.Validator.ValidateAsync(sources);

        result.Accepted.Should().BeTrue(string.Join("; ", result.Diagnostics.Select(d => $"{d.Id} {d.Message}")));
        result.Diagnostics.Should().BeEmpty();
    }

    private Task<string> CreateAsync(string name) => workspace.CreateBotAsync(name, CommandTimeout);

    [GeneratedRegex(@"(?<file>[^\s/()]+)\((?<line>\d+),\d+\): error (?<id>[A-Z]+\d+):")]
    private static partial Regex ErrorLine();
}
