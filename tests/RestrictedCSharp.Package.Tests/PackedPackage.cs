using System.IO.Compression;
using System.Xml.Linq;

namespace RestrictedCSharp.Package.Tests;

/// <summary>
/// Packs RestrictedCSharp.Analyzers once per test run into a local feed, inside a workspace under the
/// temp folder that is cut off from this repository's build settings: empty Directory.Build.props,
/// Directory.Build.targets and Directory.Packages.props stop MSBuild's upward search, a nuget.config
/// offers the local feed (for this package only) next to nuget.org, and a private packages folder
/// guarantees the freshly packed copy is the one restored.
/// </summary>
public sealed class PackedPackage : IAsyncLifetime
{
    public const string PackageId = "RestrictedCSharp.Analyzers";

    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(3);

    public string Workspace { get; } = Path.Combine(Path.GetTempPath(), "rcx-package-tests", Guid.NewGuid().ToString("N"));

    public string Feed => Path.Combine(Workspace, "feed");

    /// <summary>The NuGet global packages folder of every build in the workspace.</summary>
    public string PackagesFolder => Path.Combine(Workspace, "packages");

    public string PackageFile { get; private set; } = "";

    public string Version { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(PackagesFolder);
        foreach (var stopper in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(Workspace, stopper), "<Project />\n");
        }

        File.WriteAllText(Path.Combine(Workspace, "nuget.config"), NuGetConfig(Feed));

        var project = BuildSettings.PackageProject;
        var pack = await DotnetCli.RunAsync(
            Path.GetDirectoryName(project)!,
            new[]
            {
                "pack", project, "--no-build", "-c", BuildSettings.PackageProjectConfiguration, "-o", Feed,
                "-p:UseSharedCompilation=false", "--disable-build-servers", "-v:minimal",
            },
            PackTimeout);
        if (!pack.Succeeded)
        {
            throw new InvalidOperationException($"Packing {PackageId} failed. {pack}");
        }

        PackageFile = Directory.GetFiles(Feed, $"{PackageId}.*.nupkg").Single();
        Version = ReadNuspec().Root!.Elements().Single(e => e.Name.LocalName == "metadata")
            .Elements().Single(e => e.Name.LocalName == "version").Value;
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Workspace, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not a test failure.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return Task.CompletedTask;
    }

    public XDocument ReadNuspec()
    {
        using var archive = ZipFile.OpenRead(PackageFile);
        var entry = archive.Entries.Single(e => !e.FullName.Contains('/') && e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    public IReadOnlyList<string> EntryNames()
    {
        using var archive = ZipFile.OpenRead(PackageFile);
        return archive.Entries.Select(e => e.FullName).ToList();
    }

    public string ReadEntry(string name)
    {
        using var archive = ZipFile.OpenRead(PackageFile);
        using var reader = new StreamReader(archive.GetEntry(name)?.Open() ?? throw new FileNotFoundException($"No '{name}' in the package."));
        return reader.ReadToEnd();
    }

    /// <summary>The environment of every build in the workspace: its own packages folder.</summary>
    public IReadOnlyDictionary<string, string> BuildEnvironment() =>
        new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesFolder };

    private static string NuGetConfig(string feed) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="{feed}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="local">
              <package pattern="{PackageId}" />
            </packageSource>
            <packageSource key="nuget.org">
              <package pattern="*" />
            </packageSource>
          </packageSourceMapping>
        </configuration>
        """;
}

[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "Packed package";
}
