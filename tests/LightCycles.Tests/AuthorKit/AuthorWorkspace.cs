using LightCycles.Tests.Infrastructure;
using RestrictedCSharp.Package.Tests;

namespace LightCycles.Tests.AuthorKit;

/// <summary>
/// A bot author's machine in a temp folder: the analyzer package and the game's API packed into a local
/// feed (the only package source), a private packages folder (so the fresh packs are what restores), a
/// private CLI home and template hive (with the <c>lightcycles-bot</c> template installed), and empty Directory.Build.props/targets/Packages.props that cut the
/// workspace off from this repository's build settings. Packed once per test run.
/// </summary>
public sealed class AuthorWorkspace : IAsyncLifetime
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(3);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "lightcycles-author-kit", Guid.NewGuid().ToString("N"));

    public string Feed => Path.Combine(Root, "feed");

    public string Hive => Path.Combine(Root, "template-hive");

    public static string TemplateDirectory => Path.Combine(BuildSettings.RepositoryRoot, "templates", "RestrictedCSharp.BotTemplate");

    /// <summary>The environment of every dotnet command in the workspace.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = Path.Combine(Root, "packages"),
        ["DOTNET_CLI_HOME"] = Path.Combine(Root, "home"),
    };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Hive);
        foreach (var stopper in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
            await File.WriteAllTextAsync(Path.Combine(Root, stopper), "<Project />\n");
        await File.WriteAllTextAsync(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        foreach (var project in new[] { BuildSettings.AnalyzerPackageProject, BuildSettings.ApiProject })
        {
            var pack = await RunAsync(Path.GetDirectoryName(project)!, PackTimeout,
                "pack", project, "--no-build", "-c", BuildSettings.Configuration, "-o", Feed, "-v:minimal");
            if (!pack.Succeeded) throw new InvalidOperationException($"Packing {Path.GetFileName(project)} failed. {pack}");
        }
        var install = await RunAsync(Root, PackTimeout, "new", "install", TemplateDirectory, "--debug:custom-hive", Hive);
        if (!install.Succeeded) throw new InvalidOperationException($"Installing the template failed. {install}");
    }

    /// <summary>A new project from the template, in its own folder of the workspace.</summary>
    internal async Task<string> CreateBotAsync(string name, TimeSpan timeout)
    {
        var output = Path.Combine(Root, "projects", name);
        var create = await RunAsync(Root, timeout, "new", "lightcycles-bot", "-n", name, "-o", output, "--debug:custom-hive", Hive);
        if (!create.Succeeded) throw new InvalidOperationException($"Creating {name} from the template failed. {create}");
        return output;
    }

    internal Task<CommandResult> RunAsync(string directory, TimeSpan timeout, params string[] arguments) =>
        DotnetCli.RunAsync(directory, [.. arguments, .. IsBuild(arguments) ? BuildFlags : []], timeout, Environment);

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is not a test failure.
        }
        return Task.CompletedTask;
    }

    private static readonly string[] BuildFlags = ["-p:UseSharedCompilation=false", "--disable-build-servers"];

    private static bool IsBuild(string[] arguments) => arguments is ["build" or "pack", ..];
}

[CollectionDefinition(Name)]
public sealed class AuthorWorkspaceCollection : ICollectionFixture<AuthorWorkspace>
{
    public const string Name = "author workspace";
}
