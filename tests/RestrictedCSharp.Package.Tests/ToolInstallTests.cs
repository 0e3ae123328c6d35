using System.IO.Compression;
using System.Xml.Linq;

namespace RestrictedCSharp.Package.Tests;

/// <summary>
/// The README's install, as written: <c>dotnet pack src/RestrictedCSharp.Cli</c> into a local feed, then
/// <c>dotnet tool install --add-source FEED RestrictedCSharp.Tool</c> (here with <c>--tool-path</c>, so the machine's
/// tools are untouched), and the installed <c>rcsc</c> checks a bot. The package carries its readme.
/// </summary>
public sealed class ToolInstallTests : IDisposable
{
    private const string ToolPackageId = "RestrictedCSharp.Tool";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

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
        var package = Directory.GetFiles(feed, $"{ToolPackageId}.*.nupkg").Should().ContainSingle().Subject;
        using (var zip = ZipFile.OpenRead(package))
        {
            zip.GetEntry("README.md").Should().NotBeNull("the tool package carries its readme");
            using var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
            XDocument.Load(nuspec).Descendants().Should().Contain(e => e.Name.LocalName == "readme" && e.Value == "README.md");
        }

        var install = await DotnetCli.RunAsync(Workspace,
            ["tool", "install", "--tool-path", tools, "--add-source", feed, ToolPackageId], Timeout);
        install.Succeeded.Should().BeTrue(install.ToString());

        var rcsc = Path.Combine(tools, OperatingSystem.IsWindows() ? "rcsc.exe" : "rcsc");
        var (exit, output) = await RunAsync(rcsc, Root, "check", "samples/bots/greedy");
        exit.Should().Be(0, output);
        output.Should().Contain("Accepted");
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
