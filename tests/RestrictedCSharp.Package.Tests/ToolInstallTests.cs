using System.IO.Compression;
using System.Xml.Linq;

namespace RestrictedCSharp.Package.Tests;

/// <summary>
/// The README's install, as written: <c>dotnet pack src/RestrictedCSharp.Cli</c> into a local feed, then
/// <c>dotnet tool install --add-source FEED RestrictedCSharp.Tool</c> (here with <c>--tool-path</c>, so the machine's
/// tools are untouched), and the installed <c>rcsc</c> checks a bot. The package carries its readme. The pack makes
/// a precompiled (ReadyToRun) package for this platform, which the install picks, and a portable one for the rest.
/// Each package holds one Roslyn: the compile worker runs on the tool's own assemblies, and the installed tool's
/// <c>serve</c> judges a bot with it.
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
        foreach (var rid in new[] { platform, "any" })
        {
            using var zip = ZipFile.OpenRead(Path.Combine(feed, $"{ToolPackageId}.{rid}.{Version}.nupkg"));
            zip.Entries.Where(e => e.Name == "Microsoft.CodeAnalysis.CSharp.dll").Should().ContainSingle("one Roslyn: the compile worker's is the tool's ({0})", rid);
            zip.Entries.Should().NotContain(e => e.FullName.Contains("/judging-worker/"), "the worker has no folder (and no libraries) of its own");
            var toolFolder = zip.Entries.Single(e => e.Name == "rcsc.dll").FullName[..^"rcsc.dll".Length];
            foreach (var own in new[] { ".dll", ".runtimeconfig.json", ".deps.json" })
                zip.GetEntry(toolFolder + "RestrictedCSharp.Judging.Worker" + own).Should().NotBeNull("the worker's entry assembly and its settings are beside rcsc's");
        }

        var install = await DotnetCli.RunAsync(Workspace,
            ["tool", "install", "--tool-path", tools, "--add-source", feed, ToolPackageId], Timeout);
        install.Succeeded.Should().BeTrue(install.ToString());
        Directory.Exists(Path.Combine(tools, ".store", ToolPackageId.ToLowerInvariant(), Version, $"{ToolPackageId}.{platform}".ToLowerInvariant()))
            .Should().BeTrue("on the platform that packed it, the install picks the precompiled package");

        var rcsc = Path.Combine(tools, OperatingSystem.IsWindows() ? "rcsc.exe" : "rcsc");
        var (exit, output) = await RunAsync(rcsc, Root, "check", "samples/bots/greedy");
        exit.Should().Be(0, output);
        output.Should().Contain("Accepted");

        await ServeJudgesABotAsync(rcsc);

        // The portable package, as the install runs it on other platforms: `dotnet rcsc.dll`.
        var portable = Path.Combine(Workspace, "portable");
        ZipFile.ExtractToDirectory(Path.Combine(feed, $"{ToolPackageId}.any.{Version}.nupkg"), portable);
        var (portableExit, portableOutput) = await RunAsync("dotnet", Root,
            Path.Combine(portable, "tools", "net10.0", "any", "rcsc.dll"), "check", "samples/bots/greedy");
        portableExit.Should().Be(0, portableOutput);
        portableOutput.Should().Contain("Accepted");
    }

    /// <summary>
    /// The installed tool's <c>rcsc serve</c> (a pool of one warm worker) answers a playground check of a sample bot:
    /// the compile worker ran from the installed tool's folder, on its precompiled assemblies.
    /// </summary>
    private async Task ServeJudgesABotAsync(string rcsc)
    {
        var game = Path.Combine(Root, "samples", "LightCycles");
        var outputs = $"bin/{BuildSettings.PackageProjectConfiguration}/net10.0";
        var manifest = Path.Combine(Workspace, "game", "game.json");
        Directory.CreateDirectory(Path.GetDirectoryName(manifest)!);
        File.WriteAllText(manifest, System.Text.Json.JsonSerializer.Serialize(new
        {
            name = "lightcycles",
            definition = Path.Combine(game, "LightCycles.Definition", outputs, "LightCycles.Definition.dll"),
            type = "LightCycles.Definition.LightCyclesDefinition",
            api = Path.Combine(game, "LightCycles.Api", outputs, "LightCycles.Api.dll"),
            rules = Path.Combine(game, "lightcycles.rules"),
        }));
        var registry = Path.Combine(Workspace, "rcsc-games.json");
        File.WriteAllText(registry, System.Text.Json.JsonSerializer.Serialize(new { games = new[] { manifest } }));

        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var start = new System.Diagnostics.ProcessStartInfo(rcsc)
        {
            WorkingDirectory = Workspace,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "serve", "--data", Path.Combine(Workspace, "arena"), "--games", registry, "--urls", $"http://127.0.0.1:{port}", "--workers", "1", "--judge-pool", "1" })
            start.ArgumentList.Add(argument);
        using var server = System.Diagnostics.Process.Start(start)!;
        var log = new System.Text.StringBuilder();
        server.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        server.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(3) };
            var until = DateTime.UtcNow.AddMinutes(2);
            while (true)
            {
                try
                {
                    if ((await client.GetAsync("/api/leaderboard?game=lightcycles")).IsSuccessStatusCode) break;
                }
                catch (HttpRequestException)
                {
                }
                server.HasExited.Should().BeFalse(log.ToString());
                DateTime.UtcNow.Should().BeBefore(until, "rcsc serve starts listening");
                await Task.Delay(500);
            }

            var bot = File.ReadAllText(Path.Combine(game, "bots", "random", "RandomBot.cs"));
            var body = System.Text.Json.JsonSerializer.Serialize(new { game = "lightcycles", files = new[] { new { name = "RandomBot.cs", text = bot } } });
            // A cold worker on a machine shared by several builds may pass the deadline (422): the next check takes the warm one.
            HttpResponseMessage check;
            string report;
            var attempt = 0;
            do
            {
                check = await client.PostAsync("/api/check", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
                report = await check.Content.ReadAsStringAsync();
            }
            while (check.StatusCode == System.Net.HttpStatusCode.UnprocessableEntity && ++attempt < 3);
            check.IsSuccessStatusCode.Should().BeTrue($"{report}; serve: {log}");
            System.Text.Json.JsonDocument.Parse(report).RootElement.GetProperty("accepted").GetBoolean().Should().BeTrue(report);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
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
