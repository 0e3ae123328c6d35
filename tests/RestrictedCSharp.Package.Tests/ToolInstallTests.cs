using System.IO.Compression;
using System.Xml.Linq;

namespace RestrictedCSharp.Package.Tests;

/// <summary>
/// The README's install, as written: <c>dotnet pack src/RestrictedCSharp.Cli</c> into a local feed, then
/// <c>dotnet tool install --add-source FEED RestrictedCSharp.Tool</c> (here with <c>--tool-path</c>, so the machine's
/// tools are untouched), and the installed <c>rcsc</c> checks a bot. The package carries its readme. The pack makes
/// a precompiled (ReadyToRun) package for this platform, which the install picks, and a portable one for the rest.
/// </summary>
public sealed class ToolInstallTests : IDisposable
{
    private const string ToolPackageId = "RestrictedCSharp.Tool";

    /// <summary>The pack publishes twice and precompiles Roslyn: minutes on a busy two-core machine.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

    private readonly TempFolder _folder = new("rcsc-tool-tests-");

    /// <summary>The repository: the analyzer package's project is two folders below it.</summary>
    private static string Root => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(BuildSettings.PackageProject)!, "..", ".."));

    private string Workspace => _folder.Path;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_tool_packs_with_its_readme_installs_from_the_local_feed_and_checks_a_bot()
    {
        var feed = Path.Combine(Workspace, "feed");
        var tools = Path.Combine(Workspace, "tools");
        Directory.CreateDirectory(feed);
        // Only the local feed: the tool package carries everything it needs.
        File.WriteAllText(Path.Combine(Workspace, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);

        var pack = await DotnetCli.RunAsync(Root,
            ["pack", "src/RestrictedCSharp.Cli", "-o", feed, "-p:UseSharedCompilation=false", "--disable-build-servers", "-v:minimal"], Timeout);
        pack.Succeeded.Should().BeTrue(pack.ToString());
        var package = Path.Combine(feed, $"{ToolPackageId}.{Version}.nupkg");
        File.Exists(package).Should().BeTrue("the feed holds the package users install");
        string platform;
        using (var zip = ZipFile.OpenRead(package))
        {
            zip.GetEntry("README.md").Should().NotBeNull("the tool package carries its readme");
            using (var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open())
            {
                XDocument.Load(nuspec).Descendants().Should().Contain(e => e.Name.LocalName == "readme" && e.Value == "README.md");
            }

            // The package users install points to one package per platform: this one's and the portable one.
            using var settings = zip.Entries.Single(e => e.Name == "DotnetToolSettings.xml").Open();
            var rids = XDocument.Load(settings).Descendants().Where(e => e.Name.LocalName == "RuntimeIdentifierPackage")
                .Select(e => (string)e.Attribute("RuntimeIdentifier")!).ToList();
            rids.Should().HaveCount(2).And.Contain("any");
            platform = rids.Single(r => r != "any");
        }

        Directory.GetFiles(feed, "*.nupkg").Select(Path.GetFileName).Should().BeEquivalentTo(
            [$"{ToolPackageId}.{Version}.nupkg", $"{ToolPackageId}.{platform}.{Version}.nupkg", $"{ToolPackageId}.any.{Version}.nupkg"]);
        IsReadyToRun(Path.Combine(feed, $"{ToolPackageId}.{platform}.{Version}.nupkg"), "Microsoft.CodeAnalysis.CSharp.dll")
            .Should().BeTrue("the package for the platform that packs carries Roslyn precompiled: cold starts were mostly its JIT");
        IsReadyToRun(Path.Combine(feed, $"{ToolPackageId}.any.{Version}.nupkg"), "Microsoft.CodeAnalysis.CSharp.dll")
            .Should().BeFalse("the portable package is IL only");

        var install = await DotnetCli.RunAsync(Workspace,
            ["tool", "install", "--tool-path", tools, "--add-source", feed, ToolPackageId], Timeout);
        install.Succeeded.Should().BeTrue(install.ToString());
        Directory.Exists(Path.Combine(tools, ".store", ToolPackageId.ToLowerInvariant(), Version, $"{ToolPackageId}.{platform}".ToLowerInvariant()))
            .Should().BeTrue("on the platform that packed it, the install picks the precompiled package");

        var rcsc = Path.Combine(tools, OperatingSystem.IsWindows() ? "rcsc.exe" : "rcsc");
        var (exit, output) = await RunAsync(rcsc, Root, "check", "samples/bots/greedy");
        exit.Should().Be(0, output);
        output.Should().Contain("Accepted");

        // The portable package, as the install runs it on other platforms: `dotnet rcsc.dll`.
        var portable = Path.Combine(Workspace, "portable");
        ZipFile.ExtractToDirectory(Path.Combine(feed, $"{ToolPackageId}.any.{Version}.nupkg"), portable);
        var (portableExit, portableOutput) = await RunAsync("dotnet", Root,
            Path.Combine(portable, "tools", "net10.0", "any", "rcsc.dll"), "check", "samples/bots/greedy");
        portableExit.Should().Be(0, portableOutput);
        portableOutput.Should().Contain("Accepted");
    }

    /// <summary>The version every project of the repository is packed with (Directory.Build.props).</summary>
    private static string Version =>
        XDocument.Load(Path.Combine(Root, "Directory.Build.props")).Descendants().Single(e => e.Name.LocalName == "Version").Value;

    /// <summary>
    /// Whether an assembly beside the package's <c>rcsc.dll</c> carries precompiled code (a ReadyToRun header). The package
    /// holds other copies (the compile worker's folder), which are not what a check loads.
    /// </summary>
    private static bool IsReadyToRun(string package, string assemblyName)
    {
        using var zip = ZipFile.OpenRead(package);
        var toolFolder = zip.Entries.Single(e => e.Name == "rcsc.dll").FullName[..^"rcsc.dll".Length];
        using var stream = new MemoryStream();
        using (var entry = zip.Entries.Single(e => e.FullName == toolFolder + assemblyName).Open())
        {
            entry.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        return pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    /// <summary>The installed command, run from <paramref name="directory"/> (as a user runs it from the clone), bounded in time.</summary>
    private static async Task<(int ExitCode, string Output)> RunAsync(string executable, string directory, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(executable)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}
